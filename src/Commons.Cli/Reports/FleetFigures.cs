using System;
using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Policy;
using Commons.Engine.Record;
using Commons.Engine.Verdicts;

namespace Commons.Cli.Reports
{
    /// <summary>
    /// The fleet's counts, computed once from a scan: the summary tables, the charts and the trend all read these,
    /// so a number drawn is the number in the table beside it.
    /// </summary>
    internal sealed class FleetFigures
    {
        public FleetFigures(FleetReport report, BrickCatalog catalog, PolicyTree tree)
        {
            // The scan's own day, so a report read again later shows what it showed then.
            Today = ExceptionExpiry.ParseDate(report.Date) ?? DateTime.Today;
            States = report.Repositories.Select(r => (r, StateOf(r, report.TallyOf(r)))).ToList();
            RepositoriesWithErrors = report.Repositories.Where(r => report.TallyOf(r).Errors > 0).Select(r => r.Name).ToList();
            Bricks = BricksOf(report, catalog);
            Exceptions = report.Repositories
                .SelectMany(r => r.Bricks.Where(b => b.Choice == BrickChoices.Exception).Select(b => new FleetException(r.Name, b, ExceptionExpiry.Of(b.Expiry, Today, tree.ExpiryWarningDays))))
                .OrderBy(x => x.Brick.Expiry ?? "9999", StringComparer.Ordinal)
                .ToList();
        }

        public DateTime Today { get; }

        /// <summary>Each repository's state, in report order.</summary>
        public IReadOnlyList<(RepositoryReport Repository, ComplianceState State)> States { get; }

        /// <summary>The bricks rebuilt, the most widely rebuilt first, then the most findings, then by ID.</summary>
        public IReadOnlyList<BrickReimplementation> Bricks { get; }

        /// <summary>Every exception, the nearest expiry first (no date last).</summary>
        public IReadOnlyList<FleetException> Exceptions { get; }

        /// <summary>The repositories with at least one error, a missing record included (CN0001 is an error), in report order.</summary>
        public IReadOnlyList<string> RepositoriesWithErrors { get; }

        public int Count(ComplianceState state) => States.Count(s => s.State == state);

        public static ComplianceState StateOf(RepositoryReport repository, FindingTally findings) =>
            repository.Record == RepositoryReport.RecordMissing ? ComplianceState.NoRecord
            : findings.Errors > 0 ? ComplianceState.Errors
            : findings.Count > 0 ? ComplianceState.Warnings
            : ComplianceState.Compliant;

        private static List<BrickReimplementation> BricksOf(FleetReport report, BrickCatalog catalog)
        {
            var byId = catalog.Bricks.Where(b => b.DiagnosticId.Length > 0).ToDictionary(b => b.DiagnosticId, b => b);
            // Each repository's counts per brick, in report order: the first repository's help link is the first finding's.
            return report.Repositories
                .SelectMany(r => report.TallyOf(r).Bricks.Where(b => byId.ContainsKey(b.Key)).Select(b => (Repository: r.Name, Id: b.Key, Tally: b.Value)))
                .GroupBy(x => x.Id)
                .Select(g => new BrickReimplementation(byId[g.Key], g.Select(x => x.Repository).Distinct().ToList(), g.Sum(x => x.Tally.Findings), g.Sum(x => x.Tally.Errors), g.First().Tally.HelpUri))
                .OrderByDescending(b => b.Repositories.Count) // how widely a brick is rebuilt first
                .ThenByDescending(b => b.Findings)
                .ThenBy(b => b.Brick.DiagnosticId, StringComparer.Ordinal)
                .ToList();
        }
    }
}
