namespace Commons.Engine.Findings
{
    /// <summary>One thing the engine has to say about a record: a stable rule ID, where, and what to do.</summary>
    public sealed class Finding
    {
        public Finding(string id, FindingSeverity severity, string message, string? filePath, SourcePosition position)
        {
            Id = id;
            Severity = severity;
            Message = message;
            FilePath = filePath;
            Position = position;
        }

        public string Id { get; }

        public FindingSeverity Severity { get; }

        public string Message { get; }

        public string? FilePath { get; }

        public SourcePosition Position { get; }

        /// <summary><c>indirect</c> for configuration that names a brick's service (a key set, a class wired by name); null for a direct use.</summary>
        public string? Tier { get; private set; }

        /// <summary>How many times a data file names the brick, reported once at the first (null for one call site of code).</summary>
        public int? Count { get; private set; }

        /// <summary>The same finding with its tier and its number of occurrences.</summary>
        public Finding WithEvidence(string? tier, int? count) =>
            new Finding(Id, Severity, Message, FilePath, Position) { Tier = tier, Count = count };

        public int Line => Position.Line;

        public int Column => Position.Column;

        public string HelpUri => HelpLinks.For(Id);

        /// <summary>
        /// MSBuild's canonical form: <c>path(line,col): error ID: message</c>, one line whatever the path and message
        /// hold (their control characters escaped, see <see cref="Text.VisibleText"/>).
        /// </summary>
        public string ToCanonicalString(string? displayPath = null)
        {
            var path = displayPath ?? FilePath ?? "commons-decision.yml";
            var kind = Severity == FindingSeverity.Error ? "error" : "warning";
            return Text.VisibleText.Escape(path) + "(" + Line + "," + Column + "): " + kind + " " + Id + ": " + Text.VisibleText.Escape(Message);
        }

        public override string ToString() => ToCanonicalString();
    }
}
