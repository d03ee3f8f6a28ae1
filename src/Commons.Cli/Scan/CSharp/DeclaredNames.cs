using System;
using System.Collections.Generic;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The names a C# file declares, read from its text without parsing it: each type (<c>class</c>, <c>struct</c>,
    /// <c>interface</c>, <c>record</c>, <c>enum</c>, <c>delegate</c>) and each extension method (a method whose first
    /// parameter is <c>this</c>). Enough to tell whether the files the scan analyses may use something the file declares;
    /// a word in a comment or a string may be taken for a declaration, which only keeps one file more in the compilation.
    /// One pass of vectorised searches over the text: linear in its length.
    /// </summary>
    internal static class DeclaredNames
    {
        private static readonly string[] TypeKeywords = { "class", "struct", "interface", "record", "enum" };

        /// <summary>The most characters between <c>delegate</c> and its parameters' parenthesis that are searched.</summary>
        private const int MaxDelegateHead = 512;

        /// <summary>Each name once: a file repeating a keyword a million times holds a few names, not a million.</summary>
        public static HashSet<string> Of(string text)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var keyword in TypeKeywords)
            {
                foreach (var end in WordEnds(text, keyword))
                {
                    var name = IdentifierAfter(text, end, out var next);
                    // `record struct X`, `record class X`: the name follows the second keyword.
                    if (keyword == "record" && (name == "struct" || name == "class"))
                    {
                        name = IdentifierAfter(text, next, out _);
                    }

                    Add(names, name);
                }
            }

            foreach (var end in WordEnds(text, "delegate"))
            {
                // A delegate's name stands before its parameters, a few words on: the search goes no further, so a file
                // of `delegate` words without a parenthesis costs its length, not its length times their number.
                Add(names, IdentifierBefore(text, text.IndexOf('(', end, Math.Min(MaxDelegateHead, text.Length - end))));
            }

            AddExtensionMethods(text, names);
            return names;
        }

        /// <summary>Each <c>(this </c> opens an extension method's parameters: its name stands before the parenthesis.</summary>
        private static void AddExtensionMethods(string text, HashSet<string> names)
        {
            foreach (var end in WordEnds(text, "this"))
            {
                if (end == text.Length || !char.IsWhiteSpace(text[end]))
                {
                    continue; // this.member, (this): not a parameter's modifier
                }

                var open = end - 5;
                while (open >= 0 && char.IsWhiteSpace(text[open]))
                {
                    open--;
                }

                if (open >= 0 && text[open] == '(')
                {
                    Add(names, IdentifierBefore(text, open));
                }
            }
        }

        /// <summary>The index just past each occurrence of <paramref name="word"/> standing as a whole word.</summary>
        private static IEnumerable<int> WordEnds(string text, string word)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if ((at == 0 || !IsIdentifierChar(text[at - 1])) && (end == text.Length || !IsIdentifierChar(text[end])))
                {
                    yield return end;
                }
            }
        }

        private static string? IdentifierAfter(string text, int from, out int next)
        {
            var start = from;
            while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '@'))
            {
                start++;
            }

            next = start;
            while (next < text.Length && IsIdentifierChar(text[next]))
            {
                next++;
            }

            return next > start ? text.Substring(start, next - start) : null;
        }

        /// <summary>The identifier ending before <paramref name="before"/> (a parenthesis), past a generic parameter list.</summary>
        private static string? IdentifierBefore(string text, int before)
        {
            if (before <= 0)
            {
                return null;
            }

            var end = before - 1;
            while (end >= 0 && char.IsWhiteSpace(text[end]))
            {
                end--;
            }

            if (end >= 0 && text[end] == '>')
            {
                // Method<T>( : skip the type parameters, a few characters at most in hand-written code.
                var open = text.LastIndexOf('<', end, Math.Min(end + 1, 200));
                end = open - 1;
                while (end >= 0 && char.IsWhiteSpace(text[end]))
                {
                    end--;
                }
            }

            var start = end;
            while (start >= 0 && IsIdentifierChar(text[start]))
            {
                start--;
            }

            return end > start ? text.Substring(start + 1, end - start) : null;
        }

        private static void Add(HashSet<string> names, string? name)
        {
            if (!string.IsNullOrEmpty(name) && !char.IsDigit(name![0]))
            {
                names.Add(name);
            }
        }

        private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';
    }
}
