using System;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// A brick's host in a source file that only lists it (see <see cref="ListedOnly"/>): on a line that names a CSP
    /// directive or an allow-list, in a bracketed list opened on such a line, in a list of three or more bare domains
    /// (known e-mail domains), or in a variable that such a line uses (<c>api = "api-adresse.data.gouv.fr"</c>, then
    /// <c>policy.connect_src :self, api</c>). Only asked for literals that hold a brick's host, so its walks stay rare.
    /// </summary>
    internal static class ListedHosts
    {
        /// <summary>How far back an enclosing list is looked for: a list of known domains runs to hundreds of lines.</summary>
        private const int Reach = 65536;

        public static bool IsListed(TokenizedSource source, StringLiteral literal)
        {
            var code = source.Code;
            if (ListedOnly.NamesListing(LineWithLiterals(source, literal.Quote)))
            {
                return true;
            }

            var open = EnclosingBracket(code, literal.Quote);
            if (open >= 0 && (ListedOnly.NamesListing(LineWithLiterals(source, open)) || BareDomainsIn(source, open) >= 3))
            {
                return true;
            }

            var variable = AssignedName(code, literal.Quote);
            return variable != null && UsedInListing(code, variable, literal.Quote);
        }

        /// <summary>
        /// A line of code with its literals' contents but not its comments: a directive is often a quoted key
        /// (<c>'connect-src': [</c>), a comment that says "allowlist" lists nothing.
        /// </summary>
        private static string LineWithLiterals(TokenizedSource source, int offset)
        {
            var code = source.Code;
            var start = code.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
            var end = code.IndexOf('\n', offset);
            end = end < 0 ? code.Length : end;
            var line = code.ToCharArray(start, end - start);
            foreach (var literal in source.Literals)
            {
                var from = Math.Max(literal.Start, start);
                var to = Math.Min(literal.Start + literal.Length, end);
                for (var i = from; i < to; i++)
                {
                    line[i - start] = source.Text[i];
                }
            }

            return new string(line);
        }

        private static string LineAt(string code, int offset)
        {
            var start = code.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
            var end = code.IndexOf('\n', offset);
            return code.Substring(start, (end < 0 ? code.Length : end) - start);
        }

        /// <summary>The unclosed '[', '(' or '{' before the offset, or -1.</summary>
        private static int EnclosingBracket(string code, int offset)
        {
            var depth = 0;
            for (var i = offset - 1; i >= 0 && i >= offset - Reach; i--)
            {
                var c = code[i];
                if (c == ']' || c == ')' || c == '}')
                {
                    depth++;
                }
                else if (c == '[' || c == '(' || c == '{')
                {
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                }
            }

            return -1;
        }

        /// <summary>The literals right inside the bracket at <paramref name="open"/> that are bare domains (a dot, no '/', no blank).</summary>
        private static int BareDomainsIn(TokenizedSource source, int open)
        {
            var close = MatchingClose(source.Code, open);
            var count = 0;
            foreach (var literal in source.Literals)
            {
                if (literal.Quote > open && literal.Quote < close)
                {
                    var content = source.ContentOf(literal);
                    if (content.IndexOf('.') > 0 && content.IndexOf('/') < 0 && content.IndexOf(' ') < 0 && content.IndexOf('@') < 0)
                    {
                        count++;
                    }
                }
            }

            return count;
        }

        private static int MatchingClose(string code, int open)
        {
            var depth = 0;
            for (var i = open; i < code.Length && i < open + (16 * Reach); i++)
            {
                var c = code[i];
                if (c == '[' || c == '(' || c == '{')
                {
                    depth++;
                }
                else if ((c == ']' || c == ')' || c == '}') && --depth == 0)
                {
                    return i;
                }
            }

            return Math.Min(code.Length, open + (16 * Reach));
        }

        /// <summary>The name a literal is assigned to when the line is <c>name = "…"</c> (or <c>:=</c>, <c>const name =</c>), else null.</summary>
        private static string? AssignedName(string code, int quote)
        {
            var start = code.LastIndexOf('\n', Math.Max(0, quote - 1)) + 1;
            var before = code.Substring(start, quote - start).TrimEnd();
            if (!before.EndsWith("=", StringComparison.Ordinal) || before.EndsWith("==", StringComparison.Ordinal))
            {
                return null;
            }

            before = before.TrimEnd('=', ':').TrimEnd();
            var end = before.Length;
            var begin = end;
            while (begin > 0 && (char.IsLetterOrDigit(before[begin - 1]) || before[begin - 1] == '_' || before[begin - 1] == '$'))
            {
                begin--;
            }

            return end - begin >= 2 ? before.Substring(begin, end - begin) : null;
        }

        /// <summary>Is the variable used, elsewhere than its assignment, on a line that names a listing?</summary>
        private static bool UsedInListing(string code, string name, int assignment)
        {
            for (var at = code.IndexOf(name, StringComparison.Ordinal); at >= 0; at = code.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var whole = (at == 0 || !IsNameChar(code[at - 1])) && (at + name.Length >= code.Length || !IsNameChar(code[at + name.Length]));
                if (whole && LineAt(code, at) != LineAt(code, assignment) && ListedOnly.NamesListing(LineAt(code, at)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';
    }
}
