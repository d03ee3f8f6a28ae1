using System.IO;
using System.Linq;

namespace Commons.Cli.Reports.Sections
{
    /// <summary>The shared bricks the fleet rebuilds: findings under each brick's analyzer ID, by repository.</summary>
    internal sealed class BricksReimplementedTable : ISectionWriter
    {
        public void Write(ReportContext context, TextWriter html)
        {
            html.Write("<h2>" + context.E("Html_Bricks") + "</h2>");
            var bricks = context.Figures.Bricks;
            if (bricks.Count == 0)
            {
                html.Write("<p class=\"muted\">" + context.E("Html_NoBricks") + "</p>");
                return;
            }

            html.Write("<p class=\"muted\">" + context.E("Html_ByRepositories") + "</p>");
            html.Write("<table><tr><th>" + context.E("Html_Brick") + "</th><th class=\"num\">" + context.E("Html_Repositories") + "</th><th class=\"num\">" + context.E("Html_Findings") + "</th><th class=\"num\">" + context.E("Html_Errors") + "</th><th>" + context.E("Html_Where") + "</th></tr>\n");
            foreach (var row in bricks)
            {
                html.Write("<tr><td><a href=\"" + Html.Encode(row.HelpUri) + "\">" + Html.Encode(row.Brick.DiagnosticId) + "</a> " + Html.Encode(row.Brick.Id) + " — " + Html.Encode(row.Brick.Name.In(context.Culture)) + "</td>");
                html.Write("<td class=\"num\">" + row.Repositories.Count + "</td><td class=\"num\">" + row.Findings + "</td><td class=\"num\">" + row.Errors + "</td>");
                html.Write("<td>" + string.Join(", ", row.Repositories.Select(r => "<a href=\"#" + context.Anchor(r) + "\">" + Html.Encode(r) + "</a>")) + "</td></tr>\n");
            }

            html.Write("</table>\n");
        }
    }
}
