namespace Commons.Cli.Scan
{
    /// <summary>
    /// What the light tokenizer must know of a language to tell its comments from its string literals. Not a grammar:
    /// only the lexical forms that decide whether a URL is code (a literal) or prose (a comment, a docstring).
    /// </summary>
    internal sealed class SourceSyntax
    {
        public static readonly SourceSyntax JavaScript = new SourceSyntax("JavaScript") { SlashComments = true, Backticks = true, BacktickEscapes = true, RegexLiterals = true };

        /// <summary>A Vue single-file component: only its &lt;script&gt; blocks are code; its template is markup, its text prose.</summary>
        public static readonly SourceSyntax Vue = new SourceSyntax("Vue") { SlashComments = true, Backticks = true, BacktickEscapes = true, RegexLiterals = true, ScriptBlocksOnly = true };

        public static readonly SourceSyntax TypeScript = new SourceSyntax("TypeScript") { SlashComments = true, Backticks = true, BacktickEscapes = true, RegexLiterals = true };

        /// <summary>Java, and the JVM's scripts (Kotlin, Groovy): <c>//</c>, <c>/* */</c>, text blocks <c>"""</c>.</summary>
        public static readonly SourceSyntax Java = new SourceSyntax("Java") { SlashComments = true, TripleDoubleQuotes = true };

        public static readonly SourceSyntax Kotlin = new SourceSyntax("Kotlin") { SlashComments = true, TripleDoubleQuotes = true };

        /// <summary>Gradle build scripts (Groovy or Kotlin): strings in single or double quotes, <c>"""</c> blocks.</summary>
        public static readonly SourceSyntax Gradle = new SourceSyntax("Gradle") { SlashComments = true, TripleDoubleQuotes = true, TripleSingleQuotes = true, MultilineQuotes = false };

        /// <summary>Go: raw strings in backquotes know no escape.</summary>
        public static readonly SourceSyntax Go = new SourceSyntax("Go") { SlashComments = true, Backticks = true };

        /// <summary>PHP: <c>//</c>, <c>#</c> (not <c>#[</c>, an attribute), <c>/* */</c>, heredocs; outside <c>&lt;?php ?&gt;</c>, HTML is not code.</summary>
        public static readonly SourceSyntax Php = new SourceSyntax("PHP") { SlashComments = true, HashComments = true, Heredocs = true, MultilineQuotes = true, HtmlOutsideTags = true };

        /// <summary>Python: <c>#</c>; a string that opens a statement after <c>:</c> or at the top of the file is a docstring, prose.</summary>
        public static readonly SourceSyntax Python = new SourceSyntax("Python") { HashComments = true, TripleDoubleQuotes = true, TripleSingleQuotes = true, Docstrings = true };

        public static readonly SourceSyntax Ruby = new SourceSyntax("Ruby") { HashComments = true, MultilineQuotes = true, RubyBlockComments = true };

        private SourceSyntax(string language)
        {
            Language = language;
        }

        /// <summary>The language's name in the reports.</summary>
        public string Language { get; }

        public bool SlashComments { get; private set; }

        public bool HashComments { get; private set; }

        public bool TripleDoubleQuotes { get; private set; }

        public bool TripleSingleQuotes { get; private set; }

        public bool Docstrings { get; private set; }

        public bool Backticks { get; private set; }

        public bool BacktickEscapes { get; private set; }

        public bool RegexLiterals { get; private set; }

        public bool Heredocs { get; private set; }

        public bool MultilineQuotes { get; private set; }

        public bool RubyBlockComments { get; private set; }

        public bool HtmlOutsideTags { get; private set; }

        /// <summary>Only the &lt;script&gt; blocks are code (Vue): the rest is read as blank.</summary>
        public bool ScriptBlocksOnly { get; private set; }

        /// <summary>The syntax of a source file by its extension, or null for a file the scan does not read as code.</summary>
        public static SourceSyntax? ForFile(string path)
        {
            var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
            if (name.EndsWith(".gradle") || name.EndsWith(".gradle.kts"))
            {
                return Gradle;
            }

            switch (System.IO.Path.GetExtension(name))
            {
                case ".js":
                case ".jsx":
                case ".mjs":
                case ".cjs":
                    return JavaScript;
                case ".ts":
                case ".tsx":
                case ".mts":
                case ".cts":
                    return name.EndsWith(".d.ts") ? null : TypeScript;
                case ".vue":
                    return Vue;
                case ".java":
                    return Java;
                case ".kt":
                case ".kts":
                    return Kotlin;
                case ".go":
                    return Go;
                case ".php":
                case ".module":
                case ".inc":
                case ".install":
                case ".theme":
                    return Php;
                case ".py":
                    return Python;
                case ".rb":
                case ".rake":
                case ".gemspec":
                    return Ruby;
                default:
                    return name == "gemfile" || name == "rakefile" ? Ruby : null;
            }
        }
    }
}
