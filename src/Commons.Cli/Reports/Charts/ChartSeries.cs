namespace Commons.Cli.Reports.Charts
{
    /// <summary>One kind of value a bar chart stacks (past due, open…), with its legend name and its fill.</summary>
    internal sealed class ChartSeries
    {
        public ChartSeries(string name, ChartSwatch swatch)
        {
            Name = name;
            Swatch = swatch;
        }

        public string Name { get; }

        public ChartSwatch Swatch { get; }
    }
}
