using System.Collections.Generic;

namespace Commons.Cli.Reports.Trend
{
    /// <summary>One scan of the fleet, reduced to the counts a trend follows.</summary>
    internal sealed class TrendPoint
    {
        /// <summary>The scan's day (yyyy-MM-dd): the day its exceptions were read against.</summary>
        public string Date { get; set; } = string.Empty;

        public int RepositoriesWithErrors { get; set; }

        /// <summary>Exceptions still in force that day.</summary>
        public int ExceptionsOpen { get; set; }

        /// <summary>Exceptions expired that day, or without a date.</summary>
        public int ExceptionsPastDue { get; set; }

        /// <summary>Brick ID → findings under its analyzer ID, every brick of the trend present (0 when none that day).</summary>
        public Dictionary<string, int> FindingsByBrick { get; set; } = new Dictionary<string, int>();

        /// <summary>The repositories with errors, for the chart's tooltip; not written to JSON (the scans hold them).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public IReadOnlyList<string> RepositoryNamesWithErrors { get; set; } = new List<string>();
    }
}
