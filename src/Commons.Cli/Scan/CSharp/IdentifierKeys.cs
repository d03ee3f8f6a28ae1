using System.Collections.Generic;
using System.Linq;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Whether a C# text holds one of a set of names as a whole identifier, in one pass over its characters: each word
    /// is compared only with the keys of its first letter and length. A signature's name is always written whole
    /// (<c>SmtpClient</c>, <c>HashPassword</c>, <c>Duende</c> of <c>Duende.IdentityServer</c>); a longer identifier
    /// holding it (<c>MySmtpClientFactory</c>) is another name. One pass instead of one search per key: the
    /// pre-filter reads every C# file of the repository this way.
    /// </summary>
    internal sealed class IdentifierKeys
    {
        private readonly string[]?[] _byFirstLetter = new string[]?[128];
        private readonly string[] _others;

        public IdentifierKeys(IEnumerable<string> names)
        {
            var others = new List<string>();
            foreach (var group in names.Where(n => n.Length > 0).Distinct().GroupBy(n => n[0]))
            {
                if (group.Key < 128)
                {
                    _byFirstLetter[group.Key] = group.ToArray();
                }
                else
                {
                    others.AddRange(group);
                }
            }

            _others = others.ToArray();
        }

        public bool AnyIn(string text)
        {
            var i = 0;
            while (i < text.Length)
            {
                var first = text[i];
                if (!IsIdentifierPart(first))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && IsIdentifierPart(text[i]))
                {
                    i++;
                }

                var candidates = first < 128 ? _byFirstLetter[first] : _others;
                if (candidates != null && Matches(text, start, i - start, candidates))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Matches(string text, int start, int length, string[] candidates)
        {
            foreach (var key in candidates)
            {
                if (key.Length == length && string.CompareOrdinal(text, start, key, 0, length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsIdentifierPart(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (c >= 128 && char.IsLetterOrDigit(c));
    }
}
