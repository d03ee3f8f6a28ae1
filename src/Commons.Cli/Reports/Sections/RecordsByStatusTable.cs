using System.IO;
using System.Linq;

namespace Commons.Cli.Reports.Sections
{
    /// <summary>Records by status (valid, with errors, missing) and by nature of the project.</summary>
    internal sealed class RecordsByStatusTable : ISectionWriter
    {
        private static readonly string[] Statuses = { RepositoryReport.RecordValid, RepositoryReport.RecordInvalid, RepositoryReport.RecordMissing };

        public void Write(ReportContext context, TextWriter html)
        {
            var report = context.Report;
            var natures = context.Tree.Natures.Keys.Concat(report.Repositories.Select(r => r.Nature ?? "—")).Distinct().ToList();
            html.Write("<h2>" + context.E("Html_ByStatus") + "</h2><table><tr><th>" + context.E("Html_Nature") + "</th>");
            foreach (var status in Statuses)
            {
                html.Write("<th class=\"num\">" + context.E("Html_Status_" + status) + "</th>");
            }

            html.Write("</tr>\n");
            foreach (var nature in natures)
            {
                var counts = Statuses.Select(s => report.Repositories.Count(r => (r.Nature ?? "—") == nature && r.Record == s)).ToList();
                if (counts.Sum() == 0)
                {
                    continue;
                }

                var label = context.Tree.Natures.TryGetValue(nature, out var n) ? n.Name.In(context.Culture) : context.T("Html_NoNature");
                html.Write("<tr><td>" + Html.Encode(label) + "</td>" + string.Concat(counts.Select(c => "<td class=\"num\">" + c + "</td>")) + "</tr>\n");
            }

            html.Write("</table>\n");
        }
    }
}
