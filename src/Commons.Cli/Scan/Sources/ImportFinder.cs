using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The modules a source file imports, found in its code (comments and literal contents blanked), so an import
    /// written in a comment or a string is not one. Each language's import forms are its descriptor's (Scan/Languages).
    /// </summary>
    internal static class ImportFinder
    {
        /// <summary>
        /// A file is not trusted, and no finding may depend on the clock: every pattern runs in time linear in the file
        /// (NonBacktracking, or a shape that cannot backtrack further than its own line), with no time limit.
        /// </summary>
        internal const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.NonBacktracking;

        /// <summary>
        /// For a pattern whose shape already bounds its backtracking: anchored at a line start, or each quantifier
        /// followed by a character it cannot match, or a bounded repetition ({0,400}). The backtracking engine then reads
        /// each start a bounded number of times, and costs far less than NonBacktracking's automaton on real code (on 23
        /// real repositories NonBacktracking for these forms cost about 0.2 s of CPU and 40 MB per scan). Anything else,
        /// <see cref="Options"/>.
        /// </summary>
        internal const RegexOptions BoundedShape = RegexOptions.CultureInvariant | RegexOptions.Compiled;

        /// <summary>The import language of a syntax (TypeScript and Vue import as JavaScript, Kotlin as Java), or null.</summary>
        public static string? LanguageOf(SourceSyntax syntax)
        {
            return SourceLanguages.ImportingWith(syntax)?.ImportLanguage;
        }

        /// <summary>The modules a file imports, by the forms of its import language (<see cref="SourceLanguage.Imports"/>).</summary>
        public static IEnumerable<(string Module, int Offset)> Find(TokenizedSource source, string language)
        {
            return SourceLanguages.Importing(language)?.Imports(source) ?? new (string, int)[0];
        }

        /// <summary>
        /// Calls of a function written <c>name(</c> in code: not a method (<c>-&gt;name(</c>, <c>::name(</c>), not a
        /// longer name, not its declaration, not the construction of a class of that name (<c>new Mail(</c>).
        /// </summary>
        /// <remarks>
        /// Not a pattern: the regex this replaces looked behind for <c>-&gt;\s*</c> at every position of the file, a work
        /// quadratic in the white space before a call (comments and HTML are blanked to white space), which a 12 KB
        /// docblock pushed past its time limit and the finding was lost. Here each occurrence of the name looks back over
        /// its own white space once and forward over its own once: linear in the file.
        /// </remarks>
        public static IEnumerable<int> Calls(TokenizedSource source, string function)
        {
            var code = source.Code;
            for (var at = code.IndexOf(function, StringComparison.OrdinalIgnoreCase); at >= 0; at = code.IndexOf(function, at + function.Length, StringComparison.OrdinalIgnoreCase))
            {
                if (IsCallAt(code, at, function.Length))
                {
                    yield return at;
                }
            }
        }

        private static bool IsCallAt(string code, int at, int length)
        {
            var after = SkipWhiteSpace(code, at + length, +1);
            if (after >= code.Length || code[after] != '(')
            {
                return false;
            }

            if (at > 0 && (IsWordCharacter(code[at - 1]) || code[at - 1] == '$' || code[at - 1] == '\\'))
            {
                return false; // part of a longer name, a variable, a namespaced name
            }

            var before = SkipWhiteSpace(code, at - 1, -1); // the last non-space character before the name, or -1
            if (before >= 1 && ((code[before] == '>' && code[before - 1] == '-') || (code[before] == ':' && code[before - 1] == ':')))
            {
                return false; // $object->name(, Class::name(
            }

            if (before >= 0 && code[before] == '&')
            {
                var ampersand = before; // function &name(: a declaration returning by reference
                before = SkipWhiteSpace(code, ampersand - 1, -1);
                return before == ampersand - 1 || !EndsWithWord(code, before, "function");
            }

            // A declaration (function name() or a construction (new Name() needs white space between the word and the name.
            return before == at - 1 || !(EndsWithWord(code, before, "function") || EndsWithWord(code, before, "new"));
        }

        /// <summary>The first index from <paramref name="index"/> on (in <paramref name="direction"/>) that is not white space, or past the text.</summary>
        private static int SkipWhiteSpace(string code, int index, int direction)
        {
            while (index >= 0 && index < code.Length && char.IsWhiteSpace(code[index]))
            {
                index += direction;
            }

            return index;
        }

        /// <summary>Does a whole word <paramref name="word"/> end at <paramref name="last"/> (as <c>\bword</c> would match)?</summary>
        private static bool EndsWithWord(string code, int last, string word)
        {
            var start = last - word.Length + 1;
            return start >= 0
                && string.Compare(code, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (start == 0 || !IsWordCharacter(code[start - 1]));
        }

        /// <summary>The regex class <c>\w</c>: letters, decimal digits, connector punctuation and non-spacing marks.</summary>
        private static bool IsWordCharacter(char c)
        {
            switch (char.GetUnicodeCategory(c))
            {
                case System.Globalization.UnicodeCategory.UppercaseLetter:
                case System.Globalization.UnicodeCategory.LowercaseLetter:
                case System.Globalization.UnicodeCategory.TitlecaseLetter:
                case System.Globalization.UnicodeCategory.ModifierLetter:
                case System.Globalization.UnicodeCategory.OtherLetter:
                case System.Globalization.UnicodeCategory.NonSpacingMark:
                case System.Globalization.UnicodeCategory.DecimalDigitNumber:
                case System.Globalization.UnicodeCategory.ConnectorPunctuation:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Where code names a module in full without importing it: a Ruby constant (<c>Aws::S3::Client</c>,
        /// <c>::SibApiV3Sdk</c>: gems load by Bundler, not by require) or a fully qualified Java or Kotlin name
        /// (<c>org.apache.poi.xssf.usermodel.XSSFWorkbook()</c>). A whole name only: not inside a longer one
        /// (<c>MyAws::S3</c>, <c>Aws::S3Control</c>). A plain search of the code, no pattern.
        /// </summary>
        public static IEnumerable<int> Mentions(TokenizedSource source, string module)
        {
            var code = source.Code;
            for (var at = code.IndexOf(module, StringComparison.Ordinal); at >= 0; at = code.IndexOf(module, at + module.Length, StringComparison.Ordinal))
            {
                var end = at + module.Length;
                var before = at == 0 ? ' ' : code[at - 1];
                var after = end >= code.Length ? ' ' : code[end];
                var wholeStart = !(char.IsLetterOrDigit(before) || before == '_' || before == '$' || before == '@' || (before == '.' && module.IndexOf('.') > 0));
                var wholeEnd = !(char.IsLetterOrDigit(after) || after == '_');
                if (wholeStart && wholeEnd)
                {
                    yield return at;
                }
            }
        }

        /// <summary>The modules a pattern names in its group <c>m</c> (every capture of it).</summary>
        internal static IEnumerable<(string, int)> Named(TokenizedSource source, Regex regex)
        {
            for (var match = regex.Match(source.Code); match.Success; match = match.NextMatch()) // not Matches(): it keeps every match until the end
            {
                foreach (Capture capture in match.Groups["m"].Captures)
                {
                    yield return (capture.Value, capture.Index);
                }
            }
        }

        /// <summary>The contents of the literals whose quote a pattern finds in its group <c>q</c>.</summary>
        internal static IEnumerable<(string, int)> Quoted(TokenizedSource source, Regex regex)
        {
            for (var match = regex.Match(source.Code); match.Success; match = match.NextMatch()) // not Matches(): it keeps every match until the end
            {
                if (source.TryLiteralAt(match.Groups["q"].Index, out var literal) && literal.Length > 0)
                {
                    yield return (source.ContentOf(literal), literal.Start);
                }
            }
        }

        internal static IEnumerable<T> Concat<T>(IEnumerable<T> first, IEnumerable<T> second)
        {
            foreach (var item in first)
            {
                yield return item;
            }

            foreach (var item in second)
            {
                yield return item;
            }
        }
    }
}
