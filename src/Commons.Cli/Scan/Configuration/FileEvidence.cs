using System.Collections.Generic;
using System.Linq;

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

        public IEnumerable<(IReadOnlyList<string> Bricks, int Offset, string Key, string Argument, string? Tier, int Count)> PerBrick()
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
