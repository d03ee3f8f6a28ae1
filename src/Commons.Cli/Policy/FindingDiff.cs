using System;
using System.Collections.Generic;
using System.Linq;
using Commons.Cli.Reports;

namespace Commons.Cli.Policy
{
    /// <summary>
    /// The findings one repository gains and loses between two scans. Findings are matched by what they are about
    /// (file, rule, and the record path or brick), not by line: within one such key, the findings at the same place with
    /// the same words are the same; the rest pair up in file order, and a pair whose severity or words differ is shown
    /// as removed and added (a warning that becomes an error, an advice that changes). A finding that only moved is no change.
    /// </summary>
    internal static class FindingDiff
    {
        public static void Compare(
            string repository,
            IReadOnlyList<FindingEntry> before,
            IReadOnlyList<FindingEntry> after,
            Func<FindingEntry, string> anchorOf,
            List<DiffEntry> added,
            List<DiffEntry> removed)
        {
            var keyed = after.GroupBy(f => Key(f, anchorOf)).ToDictionary(g => g.Key, g => g.ToList());
            var seen = new HashSet<(string, string, string)>();
            foreach (var group in before.GroupBy(f => Key(f, anchorOf)))
            {
                seen.Add(group.Key);
                keyed.TryGetValue(group.Key, out var later);
                Pair(repository, group.Key.Anchor, group.ToList(), later ?? new List<FindingEntry>(), added, removed);
            }

            foreach (var group in keyed.Where(g => !seen.Contains(g.Key)))
            {
                added.AddRange(group.Value.Select(f => DiffEntry.From(repository, f, group.Key.Anchor)));
            }
        }

        private static (string File, string Id, string Anchor) Key(FindingEntry finding, Func<FindingEntry, string> anchorOf) =>
            (finding.File, finding.Id, anchorOf(finding));

        private static void Pair(string repository, string anchor, List<FindingEntry> before, List<FindingEntry> after, List<DiffEntry> added, List<DiffEntry> removed)
        {
            // Same place, same words: unchanged.
            var oldLeft = Unmatched(before, after);
            var newLeft = Unmatched(after, before);

            // The rest, in file order: a moved finding with the same words is the same one.
            var pairs = Math.Min(oldLeft.Count, newLeft.Count);
            for (var i = 0; i < pairs; i++)
            {
                if (oldLeft[i].Severity != newLeft[i].Severity || oldLeft[i].Message != newLeft[i].Message)
                {
                    removed.Add(DiffEntry.From(repository, oldLeft[i], anchor, changed: true));
                    added.Add(DiffEntry.From(repository, newLeft[i], anchor, changed: true));
                }
            }

            removed.AddRange(oldLeft.Skip(pairs).Select(f => DiffEntry.From(repository, f, anchor)));
            added.AddRange(newLeft.Skip(pairs).Select(f => DiffEntry.From(repository, f, anchor)));
        }

        /// <summary>The findings of <paramref name="side"/> with no twin (same place, same words) in <paramref name="other"/>, counted: two identical findings match two, not one.</summary>
        private static List<FindingEntry> Unmatched(IReadOnlyList<FindingEntry> side, IReadOnlyList<FindingEntry> other)
        {
            var twins = other.GroupBy(Exact).ToDictionary(g => g.Key, g => g.Count());
            var left = new List<FindingEntry>();
            foreach (var finding in side)
            {
                var key = Exact(finding);
                if (twins.TryGetValue(key, out var count) && count > 0)
                {
                    twins[key] = count - 1;
                }
                else
                {
                    left.Add(finding);
                }
            }

            return left;
        }

        private static (int, int, string, string) Exact(FindingEntry finding) => (finding.Line, finding.Column, finding.Severity, finding.Message);
    }
}
