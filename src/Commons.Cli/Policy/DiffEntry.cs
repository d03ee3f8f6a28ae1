using Commons.Cli.Reports;

namespace Commons.Cli.Policy
{
    /// <summary>One finding a proposed policy adds or removes, with the repository it belongs to.</summary>
    public sealed class DiffEntry
    {
        public string Repository { get; set; } = string.Empty;

        /// <summary>Relative to the scanned PATH, like the scan's <c>file</c>.</summary>
        public string File { get; set; } = string.Empty;

        public int Line { get; set; }

        public int Column { get; set; }

        public string Id { get; set; } = string.Empty;

        public string Severity { get; set; } = "warning";

        public string Message { get; set; } = string.Empty;

        public string HelpUri { get; set; } = string.Empty;

        /// <summary>What the finding is about, which the diff matches on instead of the line: a record path, or a brick.</summary>
        public string Anchor { get; set; } = string.Empty;

        /// <summary>
        /// True on both sides of one finding whose severity or words changed (a warning become an error, an advice that
        /// now names the common component): removed as it was, added as it becomes; false for a finding that appears or goes.
        /// </summary>
        public bool Changed { get; set; }

        internal bool IsError => Severity == "error";

        internal static DiffEntry From(string repository, FindingEntry finding, string anchor, bool changed = false) => new DiffEntry
        {
            Changed = changed,
            Repository = repository,
            File = finding.File,
            Line = finding.Line,
            Column = finding.Column,
            Id = finding.Id,
            Severity = finding.Severity,
            Message = finding.Message,
            HelpUri = finding.HelpUri,
            Anchor = anchor,
        };

        /// <summary>The scan's canonical line: <c>path(line,col): error ID: message</c>.</summary>
        public string ToCanonicalString() =>
            new FindingEntry { Id = Id, Severity = Severity, File = File, Line = Line, Column = Column, Message = Message }.ToCanonicalString();
    }
}
