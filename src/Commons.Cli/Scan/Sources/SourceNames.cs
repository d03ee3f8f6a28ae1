using System;
using System.Collections.Generic;
using System.Text;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// What a source file names, for the argument of a multi-purpose library (<c>boto3</c> with <c>'s3'</c>, an OpenID
    /// Connect client with <c>proconnect</c>): its string literals, and its code's names and literals run together in
    /// lower case without <c>_</c> and <c>-</c>, so <c>PRO_CONNECT_BASE_URL</c> and <c>"pro-connect"</c> both name
    /// <c>proconnect</c>. Comments are not read: a brick named in prose configures nothing.
    /// </summary>
    internal sealed class SourceNames
    {
        private readonly HashSet<string> _literals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly string _names;
        private readonly string _code;

        public SourceNames(TokenizedSource source)
        {
            _code = source.Code;
            var names = new StringBuilder(source.Code.Length);
            Append(names, source.Code);
            foreach (var literal in source.Literals)
            {
                var content = source.ContentOf(literal);
                _literals.Add(content);
                names.Append(' ');
                Append(names, content);
            }

            _names = names.ToString();
        }

        /// <summary>Does the file name one of the arguments? No argument: the import alone names the brick.</summary>
        public bool NameAny(IReadOnlyList<string> arguments)
        {
            if (arguments.Count == 0)
            {
                return true;
            }

            foreach (var argument in arguments)
            {
                var quoted = argument[0] == '\'' || argument[0] == '"';
                if (argument[argument.Length - 1] == '(' ? Calls(argument.Substring(0, argument.Length - 1))
                    : quoted ? _literals.Contains(argument.Substring(1, argument.Length - 2)) : _names.IndexOf(Normalise(argument), StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Does the code call the function: its whole name followed by <c>(</c>, or, Ruby's call without parentheses,
        /// by a space and a keyword argument (<c>mail to: user.email</c>)?
        /// </summary>
        private bool Calls(string function)
        {
            for (var at = _code.IndexOf(function, StringComparison.Ordinal); at >= 0; at = _code.IndexOf(function, at + function.Length, StringComparison.Ordinal))
            {
                var end = at + function.Length;
                if ((at > 0 && IsNamePart(_code[at - 1])) || (end < _code.Length && IsNamePart(_code[end])))
                {
                    continue;
                }

                var next = end;
                while (next < _code.Length && (_code[next] == ' ' || _code[next] == '\t'))
                {
                    next++;
                }

                if (next < _code.Length && _code[next] == '(')
                {
                    return true;
                }

                var key = next;
                while (key < _code.Length && IsNamePart(_code[key]))
                {
                    key++;
                }

                if (next > end && key > next && key < _code.Length && _code[key] == ':' && (key + 1 == _code.Length || _code[key + 1] != ':'))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_';

        private static string Normalise(string word)
        {
            var result = new StringBuilder(word.Length);
            Append(result, word);
            return result.ToString();
        }

        private static void Append(StringBuilder names, string text)
        {
            foreach (var c in text)
            {
                if (c != '_' && c != '-')
                {
                    names.Append(char.ToLowerInvariant(c));
                }
            }
        }
    }
}
