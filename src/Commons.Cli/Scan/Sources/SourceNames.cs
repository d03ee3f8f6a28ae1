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

        public SourceNames(TokenizedSource source)
        {
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
                if (quoted ? _literals.Contains(argument.Substring(1, argument.Length - 2)) : _names.IndexOf(Normalise(argument), StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

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
