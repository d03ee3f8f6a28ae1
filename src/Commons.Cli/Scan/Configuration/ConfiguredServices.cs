using System;
using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Configuration that names a brick's service without calling it: the catalog's key sets (<c>settings</c>: an
    /// SMTP host and port, a ProConnect client id) and a storage or mail client's PHP class wired by name in service
    /// configuration (Symfony's <c>client: Aws\S3\S3Client</c>). Indirect evidence, at the first key's line. Keys about
    /// inbound mail (a webhook receiving replies, an IMAP box) configure no sending and never match.
    /// </summary>
    internal sealed class ConfiguredServices
    {
        private static readonly string[] InboundWords = { "inbound", "incoming", "imap", "pop3", "webhook" };

        private readonly List<(IReadOnlyList<string> Bricks, SettingSignature Signature)> _settings = new List<(IReadOnlyList<string>, SettingSignature)>();
        private readonly List<(IReadOnlyList<string> Bricks, ImportSignature Signature)> _classes = new List<(IReadOnlyList<string>, ImportSignature)>();

        /// <summary>The catalog's keys each key of the repository holds: locale files and specs repeat their keys file after file.</summary>
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<SettingKey>> _keysOf =
            new System.Collections.Concurrent.ConcurrentDictionary<string, List<SettingKey>>(StringComparer.Ordinal);

        public ConfiguredServices(ScanContext context)
        {
            foreach (var (bricks, signatures) in context.Verdicts.Owners())
            {
                foreach (var text in signatures.Settings)
                {
                    if (SettingSignature.TryParse(text, out var setting))
                    {
                        _settings.Add((bricks, setting!));
                    }
                }

                foreach (var text in signatures.Imports)
                {
                    // A namespace with a '\' is a PHP class path that service wiring can name; a bare word could be anything.
                    if (ImportSignature.TryParse(text, out var import) && import!.Language == ImportSignature.Php && !import.IsCall
                        && import.Arguments.Count == 0 && import.Module.IndexOf('\\') > 0)
                    {
                        _classes.Add((bricks, import));
                    }
                }
            }
        }

        public void Find(IEnumerable<ConfigurationValue> values, FileEvidence evidence)
        {
            // Each key of the catalog's sets, and the first offset where the file sets it. A distinct key of the file
            // is compared with the catalog's once: a data file (a locale file, a spec) has many values under few keys.
            var firstOffsets = new Dictionary<SettingKey, int>();
            foreach (var value in values)
            {
                if (value.Key.Length > 0)
                {
                    foreach (var key in _keysOf.GetOrAdd(value.Key, KeysMatching))
                    {
                        if (!firstOffsets.ContainsKey(key) && key.MatchesValue(value.Value))
                        {
                            firstOffsets[key] = value.Offset;
                        }
                    }
                }

                if (value.Value.IndexOf('\\') > 0)
                {
                    var name = value.Value.Trim().TrimStart('\\', '@');
                    var owner = _classes.FirstOrDefault(c => c.Signature.Covers(name));
                    if (owner.Bricks != null)
                    {
                        evidence.Add(owner.Bricks, value.Offset, "Found_ConfiguredClass", name, "indirect");
                    }
                }
            }

            foreach (var (bricks, signature) in _settings)
            {
                if (signature.Keys.All(firstOffsets.ContainsKey))
                {
                    var first = signature.Keys.Min(k => firstOffsets[k]);
                    evidence.Add(bricks, first, "Found_Settings", string.Join(", ", signature.Keys.Select(k => string.Join("_", k.Words).ToUpperInvariant())), "indirect");
                }
            }
        }

        /// <summary>The catalog's keys a key of the file holds; none for a key about inbound mail.</summary>
        private List<SettingKey> KeysMatching(string key)
        {
            var found = new List<SettingKey>();
            var joined = SettingKey.Join(key);
            if (InboundWords.Any(w => joined.IndexOf(w, StringComparison.Ordinal) >= 0))
            {
                return found;
            }

            foreach (var (_, signature) in _settings)
            {
                foreach (var settingKey in signature.Keys)
                {
                    if (settingKey.MatchesKey(joined))
                    {
                        found.Add(settingKey);
                    }
                }
            }

            return found;
        }
    }
}
