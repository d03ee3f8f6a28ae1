using System.Collections.Generic;

namespace Commons.Cli.Reports
{
    /// <summary>The findings a scan holds in each <see cref="RepositoryReport.Findings"/>.</summary>
    internal sealed class HeldFindings : IFleetFindings
    {
        public static readonly HeldFindings Instance = new HeldFindings();

        public IEnumerable<FindingEntry> Of(RepositoryReport repository) => repository.Findings;

        // Counted at each call, not kept: a scan's lists can still change until the report is written.
        public FindingTally TallyOf(RepositoryReport repository) => FindingTally.Of(repository.Findings);
    }
}
