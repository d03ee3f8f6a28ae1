using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Commons.Cli.Reports;

namespace Commons.Cli.Audit
{
    /// <summary>The integrity section of <c>commons scan --audit --report</c>: one table row per weakening, by repository.</summary>
    public sealed class IntegritySection : IReportSection
    {
        private readonly IReadOnlyList<(string Repository, AuditResult Audit)> _audits;
        private readonly CultureInfo _culture;

        public IntegritySection(IReadOnlyList<(string Repository, AuditResult Audit)> audits, CultureInfo culture)
        {
            _audits = audits;
            _culture = culture;
        }

        public string Id => "integrity";

        public string Title => AuditRules.Get("Html_Title", _culture);

        public void WriteBody(TextWriter html)
        {
            var total = _audits.Sum(a => a.Audit.Items.Count);
            var unjustified = _audits.Sum(a => a.Audit.UnjustifiedCount);
            if (total == 0)
            {
                html.Write("<p class=\"ok\">" + Html.Encode(AuditRules.Get("Html_None", _culture)) + "</p>\n");
                return;
            }

            html.Write("<p>" + Html.Encode(AuditRules.Format(_culture, "Summary", _audits.Count, total, unjustified)) + "</p>\n");
            html.Write("<table><tr><th>" + string.Join("</th><th>", new[] { "Html_Repository", "Html_Rule", "Html_Where", "Html_What", "Html_Justification" }.Select(k => Html.Encode(AuditRules.Get(k, _culture)))) + "</th></tr>\n");
            foreach (var (repository, audit) in _audits)
            {
                foreach (var item in audit.Items)
                {
                    var css = item.Justified ? "ok" : "warning";
                    html.Write("<tr><td>" + Html.Encode(repository) + "</td><td><code>" + Html.Encode(item.Id) + "</code> " + Html.Encode(string.Join(", ", item.RuleIds)) +
                               "</td><td><code>" + Html.EncodePath(item.File + "(" + item.Line + "," + item.Column + ")") + "</code></td><td>" + Html.Encode(AuditRules.Format(_culture, item.Id, string.Join(", ", item.RuleIds), item.Detail)) +
                               "</td><td class=\"" + css + "\">" + Html.Encode(item.Justification ?? "—") + "</td></tr>\n");
                }
            }

            html.Write("</table>\n");
        }
    }
}
