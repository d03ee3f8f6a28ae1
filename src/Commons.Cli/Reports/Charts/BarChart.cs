using System.Collections.Generic;

namespace Commons.Cli.Reports.Charts
{
    /// <summary>A horizontal bar chart as data: what <see cref="SvgBarChart"/> draws and the table beside it lists.</summary>
    internal sealed class BarChart
    {
        public BarChart(string id, string title, string description, string labelHeader, IReadOnlyList<ChartSeries> series, IReadOnlyList<ChartRow> rows, string whenEmpty)
        {
            Id = id;
            Title = title;
            Description = description;
            LabelHeader = labelHeader;
            Series = series;
            Rows = rows;
            WhenEmpty = whenEmpty;
        }

        /// <summary>The figure's anchor and the prefix of its SVG ids: a fixed word, never data.</summary>
        public string Id { get; }

        public string Title { get; }

        /// <summary>What the chart shows, in one sentence: the start of its text alternative.</summary>
        public string Description { get; }

        /// <summary>The heading of the label column of the table.</summary>
        public string LabelHeader { get; }

        public IReadOnlyList<ChartSeries> Series { get; }

        public IReadOnlyList<ChartRow> Rows { get; }

        /// <summary>The sentence shown instead of the drawing when there is no row.</summary>
        public string WhenEmpty { get; }
    }
}
