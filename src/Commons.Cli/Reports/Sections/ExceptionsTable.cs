using System.IO;
using Commons.Engine.Verdicts;

namespace Commons.Cli.Reports.Sections
{
    /// <summary>The fleet's brick exceptions, the nearest expiry first, each with how far it is from the scan's day.</summary>
    internal sealed class ExceptionsTable : ISectionWriter
    {
        public void Write(ReportContext context, TextWriter html)
        {
            html.Write("<h2>" + context.E("Html_Exceptions") + "</h2>");
            var exceptions = context.Figures.Exceptions;
            if (exceptions.Count == 0)
            {
                html.Write("<p class=\"muted\">" + context.E("Html_NoExceptions") + "</p>");
                return;
            }

            html.Write("<table><tr><th>" + context.E("Html_Expiry") + "</th><th>" + context.E("Html_Brick") + "</th><th>" + context.E("Html_Repository") + "</th><th>" + context.E("Html_State") + "</th></tr>\n");
            foreach (var exception in exceptions)
            {
                var (css, state) = StateOf(context, exception.Expiry);
                html.Write("<tr><td>" + Html.Encode(exception.Brick.Expiry ?? "—") + "</td><td><code>" + Html.Encode(exception.Brick.Id) + "</code></td><td><a href=\"#" + context.Anchor(exception.Repository) + "\">" + Html.Encode(exception.Repository) + "</a></td><td class=\"" + css + "\">" + Html.Encode(state) + "</td></tr>\n");
            }

            html.Write("</table>\n");
        }

        private static (string Css, string Text) StateOf(ReportContext context, ExceptionExpiry expiry) => expiry.State switch
        {
            ExpiryState.NoDate => ("error", context.T("Html_Exception_NoDate")),
            ExpiryState.Expired => ("error", context.T("Html_Exception_Expired", expiry.DaysPast)),
            ExpiryState.ExpiresSoon => ("warning", context.T("Html_Exception_Soon", expiry.DaysLeft)),
            _ => ("ok", context.T("Html_Exception_Ok", expiry.DaysLeft)),
        };
    }
}
