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
            Card(html, summary.Repositories, context.T("Html_Repositories"), null);
            Card(html, report.Repositories.Count(r => r.Record == RepositoryReport.RecordValid), context.T("Html_Status_valid"), "ok");
            Card(html, report.Repositories.Count(r => r.Record == RepositoryReport.RecordInvalid), context.T("Html_Status_invalid"), "error");
            Card(html, report.Repositories.Count(r => r.Record == RepositoryReport.RecordMissing), context.T("Html_Status_missing"), "error");
            Card(html, summary.Errors, context.T("Html_Errors"), "error");
            Card(html, summary.Warnings, context.T("Html_Warnings"), "warning");
            html.Write("</div>\n");
        }

        private static void Card(TextWriter html, int value, string label, string? css) =>
            html.Write("<div class=\"card\"><b" + (css == null || value == 0 ? string.Empty : " class=\"" + css + "\"") + ">" + value + "</b>" + Html.Encode(label) + "</div>");
    }
}
