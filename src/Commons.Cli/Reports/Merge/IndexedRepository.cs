namespace Commons.Cli.Reports.Merge
{
    /// <summary>A repository of a report given to <c>report merge</c>: all but its findings, their counts, and where they lie in its file.</summary>
    internal sealed class IndexedRepository
    {
        public IndexedRepository(RepositoryReport report, FindingTally findings, string file, long fileLength, long findingsStart, long findingsLength)
        {
            Report = report;
            Findings = findings;
            File = file;
            FileLength = fileLength;
            FindingsStart = findingsStart;
            FindingsLength = findingsLength;
        }

        /// <summary>The repository with an empty list of findings.</summary>
        public RepositoryReport Report { get; }

        public FindingTally Findings { get; }

        public string File { get; }

        /// <summary>The file's length when it was read: another length later means it changed in between.</summary>
        public long FileLength { get; }

        /// <summary>Where the findings' array starts in the file, or -1 when the repository has none (absent or null).</summary>
        public long FindingsStart { get; }

        public long FindingsLength { get; }

        /// <summary>What the merge puts before each finding's file: the repository's name when it was scanned alone.</summary>
        public string FilePrefix { get; set; } = string.Empty;
    }
}
