using System;
using System.Collections.Generic;
using System.Text;

namespace Commons.Engine.Catalog
{
    /// <summary>
    /// A set of configuration keys that together configure a brick's service: <c>smtp host + smtp port</c>,
    /// <c>proconnect client id</c>, <c>email backend=anymail*</c>. Each key is words that a configuration key holds in
    /// that order, case and separators ignored (<c>DJANGO_EMAIL_HOST</c>, <c>spring.mail.host</c> and <c>emailHost</c>
    /// hold <c>mail host</c>); <c>=value</c> also asks for the value (a trailing <c>*</c> for a prefix), case ignored.
    /// Every key of the set must be in the same file.
    /// </summary>
    public sealed class SettingSignature
    {
        private SettingSignature(IReadOnlyList<SettingKey> keys)
        {
            Keys = keys;
        }

        public IReadOnlyList<SettingKey> Keys { get; }

        public static bool TryParse(string text, out SettingSignature? signature)
        {
            signature = null;
            var keys = new List<SettingKey>();
            foreach (var part in text.Split(new[] { " + " }, StringSplitOptions.None))
            {
                var equals = part.IndexOf('=');
                var words = Normalise(equals < 0 ? part : part.Substring(0, equals)).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                var value = equals < 0 ? null : part.Substring(equals + 1).Trim();
                if (words.Length == 0 || (value != null && value.TrimEnd('*').Length == 0))
                {
                    return false;
                }

                keys.Add(new SettingKey(words, value));
            }

            signature = new SettingSignature(keys);
            return true;
        }

        /// <summary>Lower case, every separator (<c>. _ - /</c>, blanks) a single space.</summary>
        public static string Normalise(string key)
        {
            var result = new StringBuilder(key.Length);
            foreach (var c in key)
            {
                if (char.IsLetterOrDigit(c))
                {
                    result.Append(char.ToLowerInvariant(c));
                }
                else if (result.Length > 0 && result[result.Length - 1] != ' ')
                {
                    result.Append(' ');
                }
            }

            return result.ToString().Trim();
        }
    }

    /// <summary>One key of a <see cref="SettingSignature"/>: its words in order, and the value it must have, if any.</summary>
    public sealed class SettingKey
    {
        internal SettingKey(IReadOnlyList<string> words, string? value)
        {
            Words = words;
            Value = value;
        }

        public IReadOnlyList<string> Words { get; }

        public string? Value { get; }

        /// <summary>A configuration key's letters and digits, run together in lower case: what <see cref="MatchesKey"/> reads.</summary>
        public static string Join(string key)
        {
            var joined = new StringBuilder(key.Length);
            foreach (var c in key)
            {
                if (char.IsLetterOrDigit(c))
                {
                    joined.Append(char.ToLowerInvariant(c));
                }
            }

            return joined.ToString();
        }

        /// <summary>
        /// Does a configuration key (<see cref="Join"/>ed) hold the words in order? <c>agentconnectclientid</c> (from
        /// <c>AGENT_CONNECT_CLIENT_ID</c>) holds <c>agentconnect client id</c>.
        /// </summary>
        public bool MatchesKey(string joined)
        {
            var at = 0;
            foreach (var word in Words)
            {
                var found = joined.IndexOf(word, at, StringComparison.Ordinal);
                if (found < 0)
                {
                    return false;
                }

                at = found + word.Length;
            }

            return true;
        }

        /// <summary>Does the value satisfy the key's <c>=value</c>, if it has one?</summary>
        public bool MatchesValue(string value)
        {
            if (Value == null)
            {
                return true;
            }

            var trimmed = value.Trim();
            return Value.EndsWith("*", StringComparison.Ordinal)
                ? trimmed.StartsWith(Value.Substring(0, Value.Length - 1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(trimmed, Value, StringComparison.OrdinalIgnoreCase);
        }
    }
}
