using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Policy;

namespace Commons.Cli.Reports
{
    /// <summary>
    /// The fleet as one self-contained HTML page: inline CSS, no script, nothing fetched from the network, so it opens
    /// from a CI artifact or an e-mail attachment. A summary (records by status and nature, commons chosen, bricks
    /// reimplemented, exceptions by expiry), the extra sections (integrity), then one section per repository. Every
    /// text that comes from a repository is escaped.
    /// </summary>
    internal static class HtmlReportWriter
    {
        private const string Style = @"
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1e1e1e;background:#f6f6f6}
header{background:#000091;color:#fff;padding:1.2rem 2rem}header h1{margin:0;font-size:1.5rem}header p{margin:.3rem 0 0}
main{padding:1rem 2rem;max-width:80rem}section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.5rem;margin:1rem 0}
h2{font-size:1.2rem;margin-top:0}h3{font-size:1rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #e5e5e5;text-align:left;padding:.3rem .5rem;vertical-align:top;font-size:.92rem}th{background:#f0f0f8}
.num{text-align:right}.error{color:#ce0500;font-weight:600}.warning{color:#b34000;font-weight:600}.ok{color:#18753c;font-weight:600}.tier{color:#666;font-style:italic}
.badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.85rem;border:1px solid currentColor}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}
.card b{display:block;font-size:1.6rem}code{font-size:.88rem;word-break:break-all}nav a{margin-right:.8rem}.muted{color:#666}";

        public static void Write(FleetReport report, TextWriter html, IReadOnlyList<IReportSection>? sections = null)
        {
            var culture = CliText.CultureFor(report.Language);
            string T(string key, params object[] args) => CliText.Format(culture, key, args);
            var catalog = BrickCatalog.Embedded;
            var tree = PolicyTree.Embedded;
            var summary = report.Summary;

            html.Write("<!DOCTYPE html>\n<html lang=\"" + Html.Encode(culture.TwoLetterISOLanguageName) + "\">\n<head>\n<meta charset=\"utf-8\">\n");
            html.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            // No script, no remote resource: the page must open offline and run nothing.
            html.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
            html.Write("<title>" + Html.Encode(T("Html_Title")) + "</title>\n<style>" + Style + "</style>\n</head>\n<body>\n");
            html.Write("<header><h1>" + Html.Encode(T("Html_Title")) + "</h1><p>" + Html.Encode(T("Html_Generated", report.Date, report.Tool + " " + report.Version)) + "</p></header>\n<main>\n");

            html.Write("<div class=\"cards\">");
            Card(html, summary.Repositories, T("Html_Repositories"), null);
            Card(html, report.Repositories.Count(r => r.Record == RepositoryReport.RecordValid), T("Html_Status_valid"), "ok");
            Card(html, report.Repositories.Count(r => r.Record == RepositoryReport.RecordInvalid), T("Html_Status_invalid"), "error");
            Card(html, report.Repositories.Count(r => r.Record == RepositoryReport.RecordMissing), T("Html_Status_missing"), "error");
            Card(html, summary.Errors, T("Html_Errors"), "error");
            Card(html, summary.Warnings, T("Html_Warnings"), "warning");
            html.Write("</div>\n");

            // Records by status and nature.
            var natures = tree.Natures.Keys.Concat(report.Repositories.Select(r => r.Nature ?? "—")).Distinct().ToList();
            var statuses = new[] { RepositoryReport.RecordValid, RepositoryReport.RecordInvalid, RepositoryReport.RecordMissing };
            html.Write("<section id=\"summary\"><h2>" + Html.Encode(T("Html_ByStatus")) + "</h2><table><tr><th>" + Html.Encode(T("Html_Nature")) + "</th>");
            foreach (var status in statuses)
            {
                html.Write("<th class=\"num\">" + Html.Encode(T("Html_Status_" + status)) + "</th>");
            }

            html.Write("</tr>\n");
            foreach (var nature in natures)
            {
                var counts = statuses.Select(s => report.Repositories.Count(r => (r.Nature ?? "—") == nature && r.Record == s)).ToList();
                if (counts.Sum() == 0)
                {
                    continue;
                }

                var label = tree.Natures.TryGetValue(nature, out var n) ? n.Name.In(culture) : T("Html_NoNature");
                html.Write("<tr><td>" + Html.Encode(label) + "</td>" + string.Concat(counts.Select(c => "<td class=\"num\">" + c + "</td>")) + "</tr>\n");
            }

            html.Write("</table>\n");

            // Commons chosen, per section.
            html.Write("<h2>" + Html.Encode(T("Html_Commons")) + "</h2>");
            var choices = report.Repositories.SelectMany(r => r.Solutions).GroupBy(s => (s.Key, s.Value)).OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenByDescending(g => g.Count()).ToList();
            if (choices.Count == 0)
            {
                html.Write("<p class=\"muted\">" + Html.Encode(T("Html_None")) + "</p>");
            }
            else
            {
                html.Write("<table><tr><th>" + Html.Encode(T("Html_Section")) + "</th><th>" + Html.Encode(T("Html_Solution")) + "</th><th class=\"num\">" + Html.Encode(T("Html_Repositories")) + "</th></tr>\n");
                foreach (var group in choices)
                {
                    html.Write("<tr><td><code>" + Html.Encode(group.Key.Key) + "</code></td><td><code>" + Html.Encode(group.Key.Value) + "</code></td><td class=\"num\">" + group.Count() + "</td></tr>\n");
                }

                html.Write("</table>\n");
            }

            // Bricks reimplemented: findings under each brick's analyzer ID.
            html.Write("<h2>" + Html.Encode(T("Html_Bricks")) + "</h2>");
            var byId = catalog.Bricks.Where(b => b.DiagnosticId.Length > 0).ToDictionary(b => b.DiagnosticId, b => b);
            var brickRows = report.Repositories
                .SelectMany(r => r.Findings.Where(f => byId.ContainsKey(f.Id)).Select(f => (Repository: r.Name, Finding: f)))
                .GroupBy(x => x.Finding.Id)
                .OrderByDescending(g => g.Select(x => x.Repository).Distinct().Count()) // how widely a brick is rebuilt first
                .ThenByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (brickRows.Count == 0)
            {
                html.Write("<p class=\"muted\">" + Html.Encode(T("Html_NoBricks")) + "</p>");
            }
            else
            {
                html.Write("<p class=\"muted\">" + Html.Encode(T("Html_ByRepositories")) + "</p>");
                html.Write("<table><tr><th>" + Html.Encode(T("Html_Brick")) + "</th><th class=\"num\">" + Html.Encode(T("Html_Repositories")) + "</th><th class=\"num\">" + Html.Encode(T("Html_Findings")) + "</th><th class=\"num\">" + Html.Encode(T("Html_Errors")) + "</th><th>" + Html.Encode(T("Html_Where")) + "</th></tr>\n");
                foreach (var group in brickRows)
                {
                    var brick = byId[group.Key];
                    var repositories = group.Select(x => x.Repository).Distinct().ToList();
                    html.Write("<tr><td><a href=\"" + Html.Encode(HelpFor(group.First().Finding)) + "\">" + Html.Encode(group.Key) + "</a> " + Html.Encode(brick.Id) + " — " + Html.Encode(brick.Name.In(culture)) + "</td>");
                    html.Write("<td class=\"num\">" + repositories.Count + "</td><td class=\"num\">" + group.Count() + "</td><td class=\"num\">" + group.Count(x => x.Finding.IsError) + "</td>");
                    html.Write("<td>" + string.Join(", ", repositories.Select(r => "<a href=\"#" + Anchor(report, r) + "\">" + Html.Encode(r) + "</a>")) + "</td></tr>\n");
                }

                html.Write("</table>\n");
            }

            // Exceptions, the nearest expiry first.
            html.Write("<h2>" + Html.Encode(T("Html_Exceptions")) + "</h2>");
            var today = DateTime.TryParseExact(report.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateTime.Today;
            var exceptions = report.Repositories
                .SelectMany(r => r.Bricks.Where(b => b.Choice == Engine.Record.BrickChoices.Exception).Select(b => (Repository: r.Name, Brick: b)))
                .OrderBy(x => x.Brick.Expiry ?? "9999", StringComparer.Ordinal)
                .ToList();
            if (exceptions.Count == 0)
            {
                html.Write("<p class=\"muted\">" + Html.Encode(T("Html_NoExceptions")) + "</p>");
            }
            else
            {
                html.Write("<table><tr><th>" + Html.Encode(T("Html_Expiry")) + "</th><th>" + Html.Encode(T("Html_Brick")) + "</th><th>" + Html.Encode(T("Html_Repository")) + "</th><th>" + Html.Encode(T("Html_State")) + "</th></tr>\n");
                foreach (var (repository, brick) in exceptions)
                {
                    var expiry = DateTime.TryParseExact(brick.Expiry, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var e) ? e : (DateTime?)null;
                    var days = expiry.HasValue ? (expiry.Value - today).Days : (int?)null;
                    var (css, state) = days == null ? ("error", T("Html_Exception_NoDate"))
                        : days < 0 ? ("error", T("Html_Exception_Expired", -days))
                        : days <= tree.ExpiryWarningDays ? ("warning", T("Html_Exception_Soon", days))
                        : ("ok", T("Html_Exception_Ok", days));
                    html.Write("<tr><td>" + Html.Encode(brick.Expiry ?? "—") + "</td><td><code>" + Html.Encode(brick.Id) + "</code></td><td><a href=\"#" + Anchor(report, repository) + "\">" + Html.Encode(repository) + "</a></td><td class=\"" + css + "\">" + Html.Encode(state) + "</td></tr>\n");
                }

                html.Write("</table>\n");
            }

            html.Write("</section>\n");

            // Extra sections: the integrity audit plugs in here (IReportSection).
            var extra = sections ?? Array.Empty<IReportSection>();
            if (!extra.Any(s => s.Id == "integrity"))
            {
                html.Write("<section id=\"integrity\"><h2>" + Html.Encode(T("Html_Integrity")) + "</h2><p class=\"muted\">" + Html.Encode(T("Html_IntegrityNone")) + "</p></section>\n");
            }

            foreach (var section in extra)
            {
                html.Write("<section id=\"" + Html.Encode(section.Id) + "\"><h2>" + Html.Encode(section.Title) + "</h2>\n");
                section.WriteBody(html);
                html.Write("</section>\n");
            }

            html.Write("<nav>" + string.Join(string.Empty, report.Repositories.Select(r => "<a href=\"#" + Anchor(report, r.Name) + "\">" + Html.Encode(r.Name) + "</a>")) + "</nav>\n");
            foreach (var repository in report.Repositories)
            {
                WriteRepository(html, report, repository, culture, tree);
            }

            html.Write("</main>\n</body>\n</html>\n");
        }

        private static void WriteRepository(TextWriter html, FleetReport report, RepositoryReport repository, CultureInfo culture, PolicyTree tree)
        {
            string T(string key, params object[] args) => CliText.Format(culture, key, args);
            var statusCss = repository.Record == RepositoryReport.RecordValid ? "ok" : "error";
            html.Write("<section id=\"" + Anchor(report, repository.Name) + "\"><h2>" + Html.Encode(repository.Name) + " <span class=\"badge " + statusCss + "\">" + Html.Encode(T("Html_Status_" + repository.Record)) + "</span></h2>\n<table>");
            Row(html, T("Html_Project"), repository.ProjectName ?? "—");
            Row(html, T("Html_Nature"), repository.Nature == null ? "—" : tree.Natures.TryGetValue(repository.Nature, out var n) ? n.Name.In(culture) + " (" + repository.Nature + ")" : repository.Nature);
            Row(html, T("Html_Solutions"), repository.Solutions.Count == 0 ? "—" : string.Join(", ", repository.Solutions.Select(s => s.Key + ": " + s.Value)));
            Row(html, T("Html_Bricks_Declared"), repository.Bricks.Count == 0 ? "—" : string.Join(", ", repository.Bricks.Select(b => b.Id + ": " + b.Choice + (b.Expiry != null ? " (" + b.Expiry + ")" : string.Empty))));
            Row(html, T("Html_CodeScan"), repository.CodeScan ?? "—");
            Row(html, T("Html_Languages"), repository.Languages.Count == 0 ? "—" : string.Join(", ", repository.Languages.Select(l => l.Name + " (" + l.Files + ")")));
            Row(html, T("Html_FilesRead"), repository.FilesRead.ToString(CultureInfo.InvariantCulture));
            html.Write("</table>\n");
            WriteSkipped(html, repository.Skipped, T);
            if (repository.Findings.Count == 0)
            {
                html.Write("<p class=\"ok\">" + Html.Encode(T("Html_NoFindings")) + "</p>");
            }
            else
            {
                html.Write("<table><tr><th>" + Html.Encode(T("Html_Where")) + "</th><th>" + Html.Encode(T("Html_Severity")) + "</th><th>ID</th><th>" + Html.Encode(T("Html_Message")) + "</th></tr>\n");
                foreach (var finding in repository.Findings)
                {
                    var css = finding.IsError ? "error" : "warning";
                    html.Write("<tr><td><code>" + Html.Encode(finding.File + "(" + finding.Line + "," + finding.Column + ")") + "</code></td><td class=\"" + css + "\">" + Html.Encode(T(finding.IsError ? "Html_Error" : "Html_Warning")) + "</td>");
                    // An indirect finding (configuration naming the service) says so, so a reader tells it from a call.
                    var tier = finding.Tier == null ? string.Empty : " <span class=\"tier\">" + Html.Encode(T("Html_Tier_" + finding.Tier)) + "</span>";
                    html.Write("<td><a href=\"" + Html.Encode(HelpFor(finding)) + "\">" + Html.Encode(finding.Id) + "</a></td><td>" + Html.Encode(finding.Message) + tier + "</td></tr>\n");
                }

                html.Write("</table>\n");
            }

            html.Write("</section>\n");
        }

        /// <summary>What the scan left out and why, folded so a repository with many skipped files stays readable.</summary>
        private static void WriteSkipped(TextWriter html, IReadOnlyList<SkippedEntry> skipped, Func<string, object[], string> text)
        {
            const int Shown = 50;
            if (skipped.Count == 0)
            {
                return;
            }

            html.Write("<details><summary>" + Html.Encode(text("Html_SkippedCount", new object[] { skipped.Count })) + "</summary><table><tr><th>" + Html.Encode(text("Html_Skipped", new object[0])) + "</th><th>" + Html.Encode(text("Html_Reason", new object[0])) + "</th></tr>\n");
            foreach (var entry in skipped.Take(Shown))
            {
                html.Write("<tr><td><code>" + Html.Encode(entry.Path) + "</code></td><td>" + Html.Encode(entry.Reason) + "</td></tr>\n");
            }

            if (skipped.Count > Shown)
            {
                html.Write("<tr><td colspan=\"2\" class=\"muted\">" + Html.Encode(text("Html_SkippedMore", new object[] { skipped.Count - Shown })) + "</td></tr>\n");
            }

            html.Write("</table></details>\n");
        }

        private static void Card(TextWriter html, int value, string label, string? css) =>
            html.Write("<div class=\"card\"><b" + (css == null || value == 0 ? string.Empty : " class=\"" + css + "\"") + ">" + value + "</b>" + Html.Encode(label) + "</div>");

        private static void Row(TextWriter html, string label, string value) =>
            html.Write("<tr><th>" + Html.Encode(label) + "</th><td>" + Html.Encode(value) + "</td></tr>");

        /// <summary>Only http(s) links: a report merged from untrusted JSON must not carry a javascript: URL.</summary>
        private static string HelpFor(FindingEntry finding) =>
            finding.HelpUri.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || finding.HelpUri.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                ? finding.HelpUri
                : Engine.Findings.HelpLinks.For(finding.Id);

        /// <summary>A stable, safe anchor: the repository's position in the report.</summary>
        private static string Anchor(FleetReport report, string name) => "repo-" + (report.Repositories.FindIndex(r => r.Name == name) + 1);
    }
}
