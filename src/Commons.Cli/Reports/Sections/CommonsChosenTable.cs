using System;
using System.IO;
using System.Linq;

namespace Commons.Cli.Reports.Sections
{
    /// <summary>The commons chosen, per section of the record, the most chosen first.</summary>
    internal sealed class CommonsChosenTable : ISectionWriter
    {
        public void Write(ReportContext context, TextWriter html)
        {
            html.Write("<h2>" + context.E("Html_Commons") + "</h2>");
            var choices = context.Report.Repositories.SelectMany(r => r.Solutions).GroupBy(s => (s.Key, s.Value)).OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenByDescending(g => g.Count()).ToList();
            if (choices.Count == 0)
            {
                html.Write("<p class=\"muted\">" + context.E("Html_None") + "</p>");
                return;
            }

            html.Write("<table><tr><th>" + context.E("Html_Section") + "</th><th>" + context.E("Html_Solution") + "</th><th class=\"num\">" + context.E("Html_Repositories") + "</th></tr>\n");
            foreach (var group in choices)
            {
                html.Write("<tr><td><code>" + Html.Encode(group.Key.Key) + "</code></td><td><code>" + Html.Encode(group.Key.Value) + "</code></td><td class=\"num\">" + group.Count() + "</td></tr>\n");
            }

            html.Write("</table>\n");
        }
    }
}
