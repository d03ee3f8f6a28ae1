using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Commons.Cli.Reports;

namespace Commons.Cli.Policy
{
    /// <summary>What <c>commons policy diff</c> found: the findings the proposal adds and removes, and their count.</summary>
    public sealed class PolicyDiffReport
    {
        public PolicyDiffReport(IReadOnlyList<DiffEntry> added, IReadOnlyList<DiffEntry> removed, int repositories, string date, string language, IReadOnlyList<string> proposed)
        {
            Added = InFileOrder(added);
            Removed = InFileOrder(removed);
            Date = date;
            Language = language;
            Proposed = proposed;
            Summary = new DiffSummary(Added, Removed, repositories);
        }

        public string Tool => "commons";

        public string Version => Output.CheckReport.ToolVersion;

        /// <summary>The day both scans read expiry dates against (yyyy-MM-dd).</summary>
        public string Date { get; }

        public string Language { get; }

        /// <summary>The proposed files, as given.</summary>
        public IReadOnlyList<string> Proposed { get; }

        public IReadOnlyList<DiffEntry> Added { get; }

        public IReadOnlyList<DiffEntry> Removed { get; }

        public DiffSummary Summary { get; }

        /// <summary>Written with the scan report's options, through its generated contracts (<see cref="FleetJsonContext"/>).</summary>
        public string ToJson() => JsonSerializer.Serialize(this, FleetReport.Json.PolicyDiffReport);

        /// <summary>By repository, file and place, so two runs write the same report.</summary>
        private static IReadOnlyList<DiffEntry> InFileOrder(IReadOnlyList<DiffEntry> entries) => entries
            .OrderBy(e => e.Repository, System.StringComparer.Ordinal).ThenBy(e => e.File, System.StringComparer.Ordinal)
            .ThenBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.Id, System.StringComparer.Ordinal).ToList();
    }

    public sealed class DiffSummary
    {
        internal DiffSummary(IReadOnlyList<DiffEntry> added, IReadOnlyList<DiffEntry> removed, int repositories)
        {
            Repositories = repositories;
            RepositoriesAffected = added.Concat(removed).Select(e => e.Repository).Distinct().Count();
            ErrorsAdded = added.Count(e => e.IsError);
            ErrorsRemoved = removed.Count(e => e.IsError);
            WarningsAdded = added.Count - ErrorsAdded;
            WarningsRemoved = removed.Count - ErrorsRemoved;
            Changed = added.Count(e => e.Changed);
        }

        /// <summary>Repositories scanned.</summary>
        public int Repositories { get; }

        /// <summary>Repositories with at least one finding added or removed.</summary>
        public int RepositoriesAffected { get; }

        public int ErrorsAdded { get; }

        public int ErrorsRemoved { get; }

        public int WarningsAdded { get; }

        public int WarningsRemoved { get; }

        /// <summary>Of the findings added, those that replace one removed (the same finding, its severity or words changed).</summary>
        public int Changed { get; }
    }
}
