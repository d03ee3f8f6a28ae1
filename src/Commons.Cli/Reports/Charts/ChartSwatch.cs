namespace Commons.Cli.Reports.Charts
{
    /// <summary>How one series is filled: a colour of <see cref="ChartPalette"/> and a pattern.</summary>
    internal sealed class ChartSwatch
    {
        public ChartSwatch(string colour, FillPattern pattern)
        {
            Colour = colour;
            Pattern = pattern;
        }

        /// <summary>A <c>#RRGGBB</c> colour, never data.</summary>
        public string Colour { get; }

        public FillPattern Pattern { get; }

        public string Key => Colour.Substring(1) + "-" + Pattern.ToString().ToLowerInvariant();
    }
}
