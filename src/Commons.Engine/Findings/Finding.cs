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
