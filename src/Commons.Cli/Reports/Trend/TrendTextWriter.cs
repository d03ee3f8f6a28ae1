using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Commons.Cli.Reports.Trend
{
    /// <summary>The trend as a plain table, one line per scan, columns aligned: readable in a terminal and in a CI log.</summary>
    internal static class TrendTextWriter
    {
        public static void Write(FleetTrend trend, CultureInfo culture, TextWriter output)
        {
            var headers = new List<string> { CliText.Get("Trend_Date", culture), CliText.Get("Trend_WithErrors", culture), CliText.Get("Trend_Open", culture), CliText.Get("Trend_PastDue", culture) };
            headers.AddRange(trend.Bricks);
            var rows = trend.Scans.Select(p => new List<string> { p.Date, Number(p.RepositoriesWithErrors), Number(p.ExceptionsOpen), Number(p.ExceptionsPastDue) }
                .Concat(trend.Bricks.Select(b => Number(p.FindingsByBrick[b]))).ToList()).ToList();
            var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToList();
            output.WriteLine(Line(headers, widths));
            foreach (var row in rows)
            {
                output.WriteLine(Line(row, widths));
            }

            output.WriteLine(CliText.Format(culture, "Trend_Summary", trend.Scans.Count, trend.Repositories.Count, trend.Scans[0].Date, trend.Scans[trend.Scans.Count - 1].Date));
        }

        /// <summary>The date left-aligned, the numbers right-aligned under their heading.</summary>
        private static string Line(IReadOnlyList<string> cells, IReadOnlyList<int> widths) =>
            string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
