using System.Globalization;
using System.IO;
using System.Linq;
using Commons.Cli.Reports;

namespace Commons.Cli.Policy
{
    /// <summary>
    /// The diff as one self-contained HTML page, under the fleet report's frame (HtmlPage): inline CSS, no script, nothing fetched,
    /// the same Content-Security-Policy; every text from a repository or a proposed file is escaped.
    /// </summary>
    internal static class DiffHtmlWriter
    {
        /// <summary>The diff's own rows, on top of the shared page style.</summary>
        private const string Style = @"
.added{background:#e8f5ec}.removed{background:#fbeaea}.sign{font-family:monospace;font-weight:700}";

        public static void Write(PolicyDiffReport report, TextWriter html)
        {
            var culture = CliText.CultureFor(report.Language);
            string T(string key, params object[] args) => PolicyText.Format(culture, key, args);
            var s = report.Summary;

            HtmlPage.Begin(html, culture, T("DiffHtml_Title"), Style, T("DiffHtml_Proposed", string.Join(", ", report.Proposed)),
                CliText.Format(culture, "Html_Generated", report.Date, report.Tool + " " + report.Version));

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

            HtmlPage.End(html);
        }

        private static void Card(TextWriter html, string value, string label) =>
            html.Write("<div class=\"card\"><b>" + Html.Encode(value) + "</b>" + Html.Encode(label) + "</div>");
    }
}
