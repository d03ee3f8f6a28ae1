using System.Collections.Generic;
using System.IO;
using System.Linq;
using Commons.Engine.Findings;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// What a data file says about each brick, gathered before reporting: one finding per brick and file, at the first
    /// direct occurrence (a host) or else the first indirect one (keys, a wired class), with how many there are.
    /// </summary>
    internal sealed class FileEvidence
    {
        private readonly List<(IReadOnlyList<string> Bricks, int Offset, string Key, string Argument, string? Tier)> _items =
            new List<(IReadOnlyList<string>, int, string, string, string?)>();

        /// <param name="key">The message key of what was found (<c>Found_ConfigHost</c>, <c>Found_Settings</c>…).</param>
        /// <param name="tier">null for a direct use, <c>indirect</c> for configuration of the service.</param>
        public void Add(IReadOnlyList<string> bricks, int offset, string key, string argument, string? tier) =>
            _items.Add((bricks, offset, key, argument, tier));

        /// <summary>The findings of the file, one per brick, the count in the message and the JSON when there are several.</summary>
        public IEnumerable<Finding> Findings(ScanContext context, string file, string text)
        {
            var lines = new LineMap(text);
            foreach (var (bricks, offset, key, argument, tier, count) in PerBrick())
            {
                var found = context.Verdicts.Found(key, argument, Path.GetFileName(file));
                found = count > 1 ? context.Verdicts.Found("Found_Times", found, count) : found;
                var (line, column) = lines.Position(offset);
                var finding = context.Verdicts.Report(bricks, found, context.Repository.Display(file), line, column);
                if (finding != null)
                {
                    yield return tier == null && count == 1 ? finding : finding.WithEvidence(tier, count > 1 ? count : (int?)null);
                }
            }
        }

        private IEnumerable<(IReadOnlyList<string> Bricks, int Offset, string Key, string Argument, string? Tier, int Count)> PerBrick()
        {
            var reported = new List<(IReadOnlyList<string>, int, string, string, string?, int)>();
            foreach (var brick in _items.GroupBy(i => string.Join(",", i.Bricks)))
            {
                var ordered = brick.OrderBy(i => i.Offset).ToList();
                var first = ordered.FirstOrDefault(i => i.Tier == null);
                if (first.Bricks == null)
                {
                    first = ordered[0];
                }

                reported.Add((first.Bricks, first.Offset, first.Key, first.Argument, first.Tier, ordered.Count));
            }

            return reported.OrderBy(r => r.Item2);
        }
    }
}
