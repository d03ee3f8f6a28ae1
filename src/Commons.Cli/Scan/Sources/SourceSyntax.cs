namespace Commons.Cli.Scan
{
    /// <summary>
    /// What the light tokenizer must know of a language to tell its comments from its string literals. Not a grammar:
    /// only the lexical forms that decide whether a URL is code (a literal) or prose (a comment, a docstring).
    /// </summary>
    internal sealed class SourceSyntax
    {
        // The syntaxes are declared by their languages (Scan/Languages); these names keep the callers that need one short.
        // A language's static fields must not read these in turn: the two initialisations would meet half done, one reading null.
        public static readonly SourceSyntax JavaScript = JavaScriptLanguage.JavaScript;

        public static readonly SourceSyntax Vue = JavaScriptLanguage.Vue;

        public static readonly SourceSyntax TypeScript = JavaScriptLanguage.TypeScript;

        public static readonly SourceSyntax Java = JvmLanguage.Java;

        public static readonly SourceSyntax Kotlin = JvmLanguage.Kotlin;

        public static readonly SourceSyntax Gradle = JvmLanguage.Gradle;

        public static readonly SourceSyntax Go = GoLanguage.Go;

        public static readonly SourceSyntax Php = PhpLanguage.Php;

        public static readonly SourceSyntax Python = PythonLanguage.Python;

        public static readonly SourceSyntax Ruby = RubyLanguage.Ruby;

        internal SourceSyntax(string language)
        {
            Language = language;
        }

        /// <summary>The language's name in the reports.</summary>
        public string Language { get; }

        public bool SlashComments { get; init; }

        public bool HashComments { get; init; }

        public bool TripleDoubleQuotes { get; init; }

        public bool TripleSingleQuotes { get; init; }

        public bool Docstrings { get; init; }

        public bool Backticks { get; init; }

        public bool BacktickEscapes { get; init; }

        public bool RegexLiterals { get; init; }

        public bool Heredocs { get; init; }

        public bool MultilineQuotes { get; init; }

        public bool RubyBlockComments { get; init; }

        public bool HtmlOutsideTags { get; init; }

        /// <summary>Only the &lt;script&gt; blocks are code (Vue): the rest is read as blank.</summary>
        public bool ScriptBlocksOnly { get; init; }

        /// <summary>The syntax of a source file by its name, or null for a file the scan does not read as code.</summary>
        public static SourceSyntax? ForFile(string path)
        {
            return SourceLanguages.SyntaxOf(path);
        }
    }
}
