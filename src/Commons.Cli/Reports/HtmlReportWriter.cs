using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Commons.Cli.Reports.Sections;

namespace Commons.Cli.Reports
{
    /// <summary>
    /// The fleet as one self-contained HTML page (<see cref="HtmlPage"/>): the figures and charts at the top, a
    /// summary (records by status and nature, commons chosen, bricks reimplemented, exceptions by expiry), the extra
    /// sections (integrity), then one section per repository. Each part has its own writer; this only orders them.
    /// </summary>
    internal static class HtmlReportWriter
    {
        private static readonly ISectionWriter[] Top = { new SummaryCards(), new FleetCharts() };

        private static readonly ISectionWriter[] Summary = { new RecordsByStatusTable(), new CommonsChosenTable(), new BricksReimplementedTable(), new ExceptionsTable() };

        public static void Write(FleetReport report, TextWriter html, IReadOnlyList<IReportSection>? sections = null)
        {
            var context = new ReportContext(report);
            HtmlPage.Begin(html, context.Culture, context.T("Html_Title"), context.T("Html_Generated", report.Date, report.Tool + " " + report.Version));
            foreach (var writer in Top)
            {
                writer.Write(context, html);
            }

            html.Write("<section id=\"summary\">");
            foreach (var writer in Summary)
            {
                writer.Write(context, html);
            }

            html.Write("</section>\n");

            // Extra sections: the integrity audit plugs in here (IReportSection).
            var extra = sections ?? Array.Empty<IReportSection>();
            if (!extra.Any(s => s.Id == "integrity"))
            {
                html.Write("<section id=\"integrity\"><h2>" + context.E("Html_Integrity") + "</h2><p class=\"muted\">" + context.E("Html_IntegrityNone") + "</p></section>\n");
            }

            foreach (var section in extra)
            {
                html.Write("<section id=\"" + Html.Encode(section.Id) + "\"><h2>" + Html.Encode(section.Title) + "</h2>\n");
                section.WriteBody(html);
                html.Write("</section>\n");
            }

            html.Write("<nav>" + string.Join(string.Empty, report.Repositories.Select(r => "<a href=\"#" + context.Anchor(r.Name) + "\">" + Html.Encode(r.Name) + "</a>")) + "</nav>\n");
            var repositorySection = new RepositorySection();
            foreach (var repository in report.Repositories)
            {
                repositorySection.Write(context, repository, html);
            }

            HtmlPage.End(html);
        }
    }
}
