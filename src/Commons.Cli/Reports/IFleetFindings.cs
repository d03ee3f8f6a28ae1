using System.Collections.Generic;

namespace Commons.Cli.Reports
{
    /// <summary>
    /// Where the reports read a repository's findings: its own list for a scan (<see cref="HeldFindings"/>), its report
    /// file for <c>report merge</c> (<see cref="Merge.FileFindings"/>), which reads them again for each output instead of
    /// holding them.
    /// </summary>
    internal interface IFleetFindings
    {
        /// <summary>The repository's findings in report order; each call reads them afresh.</summary>
        IEnumerable<FindingEntry> Of(RepositoryReport repository);

        /// <summary>Their counts, without reading them again.</summary>
        FindingTally TallyOf(RepositoryReport repository);
    }
}
