using System.Globalization;
using System.IO;
using System.Linq;

namespace Commons.Cli.Reports.Sections
{
    /// <summary>The figures at the top: repositories, records by status, errors and warnings.</summary>
    internal sealed class SummaryCards : ISectionWriter
    {
        public void Write(ReportContext context, TextWriter html)
        {
            var report = context.Report;
            var summary = report.Summary;
            html.Write("<div class=\"cards\">");
            Card(html, context.Culture, summary.Repositories, "Html_Card_Repositories", null);
            Card(html, context.Culture, report.Repositories.Count(r => r.Record == RepositoryReport.RecordValid), "Html_Card_Valid", "ok");
            Card(html, context.Culture, report.Repositories.Count(r => r.Record == RepositoryReport.RecordInvalid), "Html_Card_Invalid", "error");
            Card(html, context.Culture, report.Repositories.Count(r => r.Record == RepositoryReport.RecordMissing), "Html_Card_Missing", "error");
            Card(html, context.Culture, summary.Errors, "Html_Card_Errors", "error");
            Card(html, context.Culture, summary.Warnings, "Html_Card_Warnings", "warning");
            html.Write("</div>\n");
        }

        /// <summary>A count and its words (<c>key_One</c> or <c>key_Other</c>, which hold no number), in the singular or plural the count asks for.</summary>
        private static void Card(TextWriter html, CultureInfo culture, int value, string key, string? css) =>
            html.Write("<div class=\"card\"><b" + (css == null || value == 0 ? string.Empty : " class=\"" + css + "\"") + ">" + value + "</b>" + Html.Encode(CliText.Plural(culture, value, key)) + "</div>");
    }
}
