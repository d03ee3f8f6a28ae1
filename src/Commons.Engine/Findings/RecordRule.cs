namespace Commons.Engine.Findings
{
    /// <summary>A rule of the decision record: a stable ID, a default severity and a short title key.</summary>
    public sealed class RecordRule
    {
        internal RecordRule(string id, FindingSeverity severity, string category)
        {
            Id = id;
            DefaultSeverity = severity;
            Category = category;
        }

        public string Id { get; }

        public FindingSeverity DefaultSeverity { get; }

        /// <summary>"file", "structure", "tree" or "bricks": how the docs group the rules.</summary>
        public string Category { get; }

        /// <summary>The rule's one-line title, from the resources (key <c>Title_ID</c>).</summary>
        public string Title(System.Globalization.CultureInfo culture) => Messages.Get("Title_" + Id, culture);

        public string HelpUri => HelpLinks.For(Id);
    }
}
