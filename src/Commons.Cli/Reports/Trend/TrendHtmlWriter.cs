using System.Globalization;
using System.IO;
using System.Linq;
using Commons.Cli.Reports.Charts;

namespace Commons.Cli.Reports.Trend
{
    /// <summary>
    /// The trend as one self-contained page, framed like the fleet report (<see cref="HtmlPage"/>): repositories with
    /// errors, exceptions open and past due, findings per brick, one bar per scan date, each chart beside its table.
    /// </summary>
    internal static class TrendHtmlWriter
    {
        public static void Write(FleetTrend trend, CultureInfo culture, TextWriter html)
        {
            string T(string key, params object[] args) => CliText.Format(culture, key, args);
            var first = trend.Scans[0].Date;
            var last = trend.Scans[trend.Scans.Count - 1].Date;
            HtmlPage.Begin(html, culture, T("Trend_Title"), T("Trend_Generated", trend.Scans.Count, trend.Repositories.Count, first, last, trend.Tool + " " + trend.Version));
            html.Write("<section id=\"trend\"><h2>" + Html.Encode(T("Chart_Section")) + "</h2>\n");
            foreach (var chart in Charts(trend, culture))
            {
                SvgBarChart.Write(chart, culture, html);
            }

            html.Write("</section>\n");
            HtmlPage.End(html);
        }

        internal static BarChart[] Charts(FleetTrend trend, CultureInfo culture)
        {
            string T(string key, params object[] args) => CliText.Format(culture, key, args);
            var date = T("Trend_Date");
            var errors = new BarChart(
                "trend-errors", T("Trend_Chart_Errors"), T("Trend_Chart_Errors_Desc", trend.Repositories.Count), date,
                new[] { new ChartSeries(T("Trend_WithErrors"), ChartPalette.Error) },
                trend.Scans.Select(p => new ChartRow(p.Date, new[] { p.RepositoriesWithErrors }, null, p.RepositoryNamesWithErrors.Count == 0 ? null : string.Join(", ", p.RepositoryNamesWithErrors))).ToList(),
                T("Html_None"));
            var exceptions = new BarChart(
                "trend-exceptions", T("Trend_Chart_Exceptions"), T("Trend_Chart_Exceptions_Desc"), date,
                new[] { new ChartSeries(T("Chart_PastDue"), ChartPalette.PastDue), new ChartSeries(T("Chart_Open"), ChartPalette.Neutral) },
                trend.Scans.Select(p => new ChartRow(p.Date, new[] { p.ExceptionsPastDue, p.ExceptionsOpen })).ToList(),
                T("Html_None"));
            var bricks = new BarChart(
                "trend-bricks", T("Trend_Chart_Bricks"), T("Trend_Chart_Bricks_Desc"), date,
                trend.Bricks.Select((b, i) => new ChartSeries(b, ChartPalette.Nth(i))).ToList(),
                trend.Bricks.Count == 0 ? new ChartRow[0] : trend.Scans.Select(p => new ChartRow(p.Date, trend.Bricks.Select(b => p.FindingsByBrick[b]).ToList())).ToList(),
                T("Html_NoBricks"));
            return new[] { errors, exceptions, bricks };
        }
    }
}
