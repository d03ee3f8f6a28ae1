using System.Globalization;
using System.IO;
using System.Linq;
using Commons.Cli.Reports;

namespace Commons.Cli.Policy
{
    /// <summary>
    /// The diff as one self-contained HTML page, under the fleet report's rules: inline CSS, no script, nothing fetched,
    /// the same Content-Security-Policy; every text from a repository or a proposed file is escaped.
    /// </summary>
    internal static class DiffHtmlWriter
    {
        private const string Style = @"
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1e1e1e;background:#f6f6f6}
header{background:#000091;color:#fff;padding:1.2rem 2rem}header h1{margin:0;font-size:1.5rem}header p{margin:.3rem 0 0}
main{padding:1rem 2rem;max-width:80rem}section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.5rem;margin:1rem 0}
h2{font-size:1.1rem;margin-top:0}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e5e5e5;text-align:left;padding:.3rem .5rem;vertical-align:top;font-size:.92rem}
th{background:#f0f0f8}.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}
.card b{display:block;font-size:1.6rem}.added{background:#e8f5ec}.removed{background:#fbeaea}.sign{font-family:monospace;font-weight:700}
.error{color:#ce0500;font-weight:600}.warning{color:#b34000;font-weight:600}code{font-size:.88rem;word-break:break-all}";

        public static void Write(PolicyDiffReport report, TextWriter html)
        {
            var culture = CliText.CultureFor(report.Language);
            string T(string key, params object[] args) => PolicyText.Format(culture, key, args);
            var s = report.Summary;

            html.Write("<!DOCTYPE html>\n<html lang=\"" + Html.Encode(culture.TwoLetterISOLanguageName) + "\">\n<head>\n<meta charset=\"utf-8\">\n");
            html.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            // The fleet report's policy (HtmlReportWriter): no script, no remote resource.
            html.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
            html.Write("<title>" + Html.Encode(T("DiffHtml_Title")) + "</title>\n<style>" + Style + "</style>\n</head>\n<body>\n");
            html.Write("<header><h1>" + Html.Encode(T("DiffHtml_Title")) + "</h1><p>" + Html.Encode(T("DiffHtml_Proposed", string.Join(", ", report.Proposed))) + "</p><p>"
                + Html.Encode(CliText.Format(culture, "Html_Generated", report.Date, report.Tool + " " + report.Version)) + "</p></header>\n<main>\n");

            html.Write("<div class=\"cards\">");
            Card(html, s.RepositoriesAffected + " / " + s.Repositories, T("DiffHtml_Affected"));
            Card(html, "+" + s.ErrorsAdded, T("DiffHtml_ErrorsAdded"));
            Card(html, "−" + s.ErrorsRemoved, T("DiffHtml_ErrorsRemoved"));
            Card(html, "+" + s.WarningsAdded, T("DiffHtml_WarningsAdded"));
            Card(html, "−" + s.WarningsRemoved, T("DiffHtml_WarningsRemoved"));
            Card(html, s.Changed.ToString(CultureInfo.InvariantCulture), T("DiffHtml_Changed"));
            html.Write("</div>\n");

            var changes = report.Removed.Select(e => (Added: false, Entry: e)).Concat(report.Added.Select(e => (Added: true, Entry: e)))
                .OrderBy(c => c.Entry.File, System.StringComparer.Ordinal).ThenBy(c => c.Entry.Line).ThenBy(c => c.Entry.Column).ThenBy(c => c.Added ? 1 : 0)
                .GroupBy(c => c.Entry.Repository)
                .OrderBy(g => g.Key, System.StringComparer.Ordinal);
            foreach (var repository in changes)
            {
                html.Write("<section><h2>" + Html.Encode(repository.Key) + "</h2><table><tr><th></th><th>" + Html.Encode(T("DiffHtml_Severity")) + "</th><th>"
                    + Html.Encode(T("DiffHtml_Rule")) + "</th><th>" + Html.Encode(T("DiffHtml_Where")) + "</th><th>" + Html.Encode(T("DiffHtml_Message")) + "</th></tr>\n");
                foreach (var (added, entry) in repository)
                {
                    var severity = entry.IsError ? "error" : "warning";
                    html.Write("<tr class=\"" + (added ? "added" : "removed") + "\"><td class=\"sign\" title=\"" + Html.Encode(T(added ? "DiffHtml_Added" : "DiffHtml_Removed")) + "\">"
                        + (added ? "+" : "−") + "</td><td class=\"" + severity + "\">" + Html.Encode(T("DiffHtml_" + severity)) + "</td><td><a href=\""
                        + Html.Encode(entry.HelpUri) + "\">" + Html.Encode(entry.Id) + "</a></td><td><code>" + Html.Encode(entry.File + "(" + entry.Line + "," + entry.Column + ")")
                        + "</code></td><td>" + Html.Encode(entry.Message) + "</td></tr>\n");
                }

                html.Write("</table></section>\n");
            }

            if (s.RepositoriesAffected == 0)
            {
                html.Write("<section><p>" + Html.Encode(T("DiffHtml_NoChange")) + "</p></section>\n");
            }

            html.Write("</main>\n</body>\n</html>\n");
        }

        private static void Card(TextWriter html, string value, string label) =>
            html.Write("<div class=\"card\"><b>" + Html.Encode(value) + "</b>" + Html.Encode(label) + "</div>");
    }
}
