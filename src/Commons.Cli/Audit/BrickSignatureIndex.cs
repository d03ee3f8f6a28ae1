using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;

namespace Commons.Cli.Audit
{
    /// <summary>
    /// Finds brick signatures in C# text without compiling: a catalog type or member written in full, or by its
    /// simple name in a file that imports its namespace, and a catalog host in the text. The audit reads only the files
    /// it must judge (those marked generated), so a textual look is enough to say "this file holds brick code".
    /// </summary>
    public sealed class BrickSignatureIndex
    {
        private static readonly Regex Using = new Regex(@"^\s*(global\s+)?using\s+(static\s+)?(?<ns>[A-Za-z_][\w.]*)\s*;", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking);

        private readonly List<(string Namespace, string Name, string Rule)> _symbols = new List<(string, string, string)>();
        private readonly HostMatcher _hosts;
        private readonly Dictionary<string, string> _ruleOfBrick;

        public BrickSignatureIndex(BrickCatalog catalog)
        {
            _ruleOfBrick = catalog.Bricks.Where(b => b.DiagnosticId.Length > 0).ToDictionary(b => b.Id, b => b.DiagnosticId, StringComparer.Ordinal);
            foreach (var brick in catalog.Bricks.Where(b => b.DiagnosticId.Length > 0))
            {
                Add(brick.Signatures, brick.DiagnosticId);
            }

            foreach (var group in catalog.Groups)
            {
                var rule = group.BrickIds.Select(id => _ruleOfBrick.TryGetValue(id, out var r) ? r : null).FirstOrDefault(r => r != null);
                if (rule != null)
                {
                    Add(group.Signatures, rule);
                }
            }

            _hosts = HostMatcher.For(catalog);
        }

        /// <summary>The brick rules whose signatures the text holds, and the line (1-based) of the first one; none: empty, 0.</summary>
        public (IReadOnlyList<string> Rules, int Line) Find(string text)
        {
            var imported = new HashSet<string>(Using.Matches(text).Cast<Match>().Select(m => m.Groups["ns"].Value), StringComparer.Ordinal);
            var found = new List<(int Index, string Rule)>();
            foreach (var (ns, name, rule) in _symbols)
            {
                var full = IndexOfWord(text, ns + "." + name);
                if (full >= 0)
                {
                    found.Add((full, rule));
                }
                else if (imported.Contains(ns))
                {
                    var simple = IndexOfWord(text, name);
                    if (simple >= 0)
                    {
                        found.Add((simple, rule));
                    }
                }
            }

            foreach (var host in _hosts.FindAll(text))
            {
                if (_ruleOfBrick.TryGetValue(host.Owner, out var rule))
                {
                    found.Add((host.Start, rule));
                }
            }

            if (found.Count == 0)
            {
                return (new string[0], 0);
            }

            var first = found.Min(f => f.Index);
            var line = 1 + text.Take(first).Count(c => c == '\n');
            return (found.Select(f => f.Rule).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList(), line);
        }

        private void Add(SignatureSet signatures, string rule)
        {
            foreach (var type in signatures.Types.Where(t => !t.EndsWith(".*", StringComparison.Ordinal)))
            {
                var plain = type.IndexOf('<') < 0 ? type : type.Substring(0, type.IndexOf('<'));
                var dot = plain.LastIndexOf('.');
                if (dot > 0)
                {
                    _symbols.Add((plain.Substring(0, dot), plain.Substring(dot + 1), rule));
                }
            }

            // A member Namespace.Type.Method reads as Type.Method once the namespace is imported.
            foreach (var member in signatures.Members.Concat(signatures.Setups))
            {
                var parts = member.Split('.');
                if (parts.Length >= 3 && parts[parts.Length - 1] != "ctor" && parts[parts.Length - 1].Length > 0)
                {
                    _symbols.Add((string.Join(".", parts.Take(parts.Length - 2)), parts[parts.Length - 2] + "." + parts[parts.Length - 1], rule));
                }
            }
        }

        private static int IndexOfWord(string text, string word)
        {
            for (var index = text.IndexOf(word, StringComparison.Ordinal); index >= 0; index = text.IndexOf(word, index + 1, StringComparison.Ordinal))
            {
                var before = index == 0 ? ' ' : text[index - 1];
                var after = index + word.Length >= text.Length ? ' ' : text[index + word.Length];
                if (!IsIdentifierChar(before) && before != '.' && !IsIdentifierChar(after))
                {
                    return index;
                }
            }

            return -1;
        }

        private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';
    }
}
