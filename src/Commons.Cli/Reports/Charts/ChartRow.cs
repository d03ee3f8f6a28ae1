using System.Collections.Generic;
using System.Linq;

namespace Commons.Cli.Reports.Charts
{
    /// <summary>One bar: its label and one value per series of the chart, stacked in series order.</summary>
    internal sealed class ChartRow
    {
        public ChartRow(string label, IReadOnlyList<int> values, ChartSwatch? swatch = null, string? detail = null)
        {
            Label = label;
            Values = values;
            Swatch = swatch;
            Detail = detail;
        }

        /// <summary>Data: a brick, a month, a date, a state. Escaped where it is written.</summary>
        public string Label { get; }

        public IReadOnlyList<int> Values { get; }

        /// <summary>The row's own fill in a chart of one series whose rows mean different things (the compliance states).</summary>
        public ChartSwatch? Swatch { get; }

        /// <summary>Shown when the pointer rests on the bar (the repositories behind a count); data, escaped.</summary>
        public string? Detail { get; }

        public int Total => Values.Sum();
    }
}
