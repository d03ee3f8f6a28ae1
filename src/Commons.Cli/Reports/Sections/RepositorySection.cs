using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Commons.Cli.Reports.Sections
{
    /// <summary>One repository: its record's facts, what the scan read and left out, and its findings.</summary>
    internal sealed class RepositorySection
    {
        private const int SkippedShown = 50;

        public void Write(ReportContext context, RepositoryReport repository, TextWriter html)
        {
            var statusCss = repository.Record == RepositoryReport.RecordValid ? "ok" : "error";
            html.Write("<section id=\"" + context.Anchor(repository.Name) + "\"><h2>" + Html.Encode(repository.Name) + " <span class=\"badge " + statusCss + "\">" + context.E("Html_Status_" + repository.Record) + "</span></h2>\n<table>");
            Row(html, context.T("Html_Project"), repository.ProjectName ?? "—");
            Row(html, context.T("Html_Nature"), repository.Nature == null ? "—" : context.Tree.Natures.TryGetValue(repository.Nature, out var n) ? n.Name.In(context.Culture) + " (" + repository.Nature + ")" : repository.Nature);
            Row(html, context.T("Html_Solutions"), repository.Solutions.Count == 0 ? "—" : string.Join(", ", repository.Solutions.Select(s => s.Key + ": " + s.Value)));
            Row(html, context.T("Html_Bricks_Declared"), repository.Bricks.Count == 0 ? "—" : string.Join(", ", repository.Bricks.Select(b => b.Id + ": " + b.Choice + (b.Expiry != null ? " (" + b.Expiry + ")" : string.Empty))));
            Row(html, context.T("Html_CodeScan"), repository.CodeScan ?? "—");
            Row(html, context.T("Html_Languages"), repository.Languages.Count == 0 ? "—" : string.Join(", ", repository.Languages.Select(l => l.Name + " (" + l.Files + ")")));
            Row(html, context.T("Html_FilesRead"), repository.FilesRead.ToString(CultureInfo.InvariantCulture));
            html.Write("</table>\n");
            WriteSkipped(context, repository.Skipped, html);
            WriteFindings(context, context.Report.TallyOf(repository).Count, context.Report.FindingsOf(repository), html);
            html.Write("</section>\n");
        }

        /// <summary>The findings as they are read (a merge reads them from its files), their count known beforehand.</summary>
        private static void WriteFindings(ReportContext context, int count, IEnumerable<FindingEntry> findings, TextWriter html)
        {
            if (count == 0)
            {
                html.Write("<p class=\"ok\">" + context.E("Html_NoFindings") + "</p>");
                return;
            }

            html.Write("<table><tr><th>" + context.E("Html_Where") + "</th><th>" + context.E("Html_Severity") + "</th><th>ID</th><th>" + context.E("Html_Message") + "</th></tr>\n");
            foreach (var finding in findings)
            {
                var css = finding.IsError ? "error" : "warning";
                html.Write("<tr><td><code>" + Html.EncodePath(finding.File + "(" + finding.Line + "," + finding.Column + ")") + "</code></td><td class=\"" + css + "\">" + context.E(finding.IsError ? "Html_Error" : "Html_Warning") + "</td>");
                // An indirect finding (configuration naming the service) says so, so a reader tells it from a call.
                var tier = finding.Tier == null ? string.Empty : " <span class=\"tier\">" + context.E("Html_Tier_" + finding.Tier) + "</span>";
                html.Write("<td><a href=\"" + Html.Encode(ReportContext.HelpFor(finding)) + "\">" + Html.Encode(finding.Id) + "</a></td><td>" + Html.Encode(finding.Message) + tier + "</td></tr>\n");
            }

            html.Write("</table>\n");
        }

        /// <summary>What the scan left out and why, folded so a repository with many skipped files stays readable.</summary>
        private static void WriteSkipped(ReportContext context, IReadOnlyList<SkippedEntry> skipped, TextWriter html)
        {
            if (skipped.Count == 0)
            {
                return;
            }

            html.Write("<details><summary>" + context.E("Html_SkippedCount", skipped.Count) + "</summary><table><tr><th>" + context.E("Html_Skipped") + "</th><th>" + context.E("Html_Reason") + "</th></tr>\n");
            foreach (var entry in skipped.Take(SkippedShown))
            {
                html.Write("<tr><td><code>" + Html.EncodePath(entry.Path) + "</code></td><td>" + Html.Encode(entry.Reason) + "</td></tr>\n");
            }

            if (skipped.Count > SkippedShown)
            {
                html.Write("<tr><td colspan=\"2\" class=\"muted\">" + context.E("Html_SkippedMore", skipped.Count - SkippedShown) + "</td></tr>\n");
            }

            html.Write("</table></details>\n");
        }

        private static void Row(TextWriter html, string label, string value) =>
            html.Write("<tr><th>" + Html.Encode(label) + "</th><td>" + Html.Encode(value) + "</td></tr>");
    }
}
