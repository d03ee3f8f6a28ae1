using System;
using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Catalog;

namespace Commons.Cli.Reports
{
    /// <summary>
    /// What the summary, the charts and the tables need of one repository's findings, counted as they pass: errors,
    /// warnings and, per brick analyzer ID of the catalog, its findings. Its size depends on the catalog, never on the
    /// number of findings: <c>report merge</c> holds one per repository instead of the findings themselves.
    /// </summary>
    internal sealed class FindingTally
    {
        /// <summary>Only the catalog's brick IDs are counted apart: a report can carry any number of other IDs.</summary>
        private static readonly HashSet<string> BrickIds = new HashSet<string>(BrickCatalog.Embedded.Bricks.Select(b => b.DiagnosticId).Where(id => id.Length > 0), StringComparer.Ordinal);

        private readonly Dictionary<string, BrickTally> _bricks = new Dictionary<string, BrickTally>(StringComparer.Ordinal);

        public int Errors { get; private set; }

        public int Warnings { get; private set; }

        public int Count => Errors + Warnings;

        /// <summary>Per brick analyzer ID met, its counts.</summary>
        public IReadOnlyDictionary<string, BrickTally> Bricks => _bricks;

        public static FindingTally Of(IEnumerable<FindingEntry> findings)
        {
            var tally = new FindingTally();
            foreach (var finding in findings)
            {
                tally.Add(finding);
            }

            return tally;
        }

        public void Add(FindingEntry finding)
        {
            if (finding.IsError)
            {
                Errors++;
            }
            else
            {
                Warnings++;
            }

            if (!BrickIds.Contains(finding.Id))
            {
                return;
            }

            if (!_bricks.TryGetValue(finding.Id, out var brick))
            {
                brick = new BrickTally(Sections.ReportContext.HelpFor(finding));
                _bricks.Add(finding.Id, brick);
            }

            brick.Add(finding.IsError);
        }
    }
}
