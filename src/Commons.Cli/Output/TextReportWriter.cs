using System.IO;

namespace Commons.Cli.Output
{
    /// <summary>One line per finding in MSBuild's canonical form, then a one-line summary.</summary>
    internal static class TextReportWriter
    {
        public static void Write(CheckReport report, TextWriter writer)
        {
            foreach (var finding in report.Findings)
            {
                writer.WriteLine(finding.ToCanonicalString());
            }

            writer.WriteLine(CliText.Format(report.Culture, "Summary", report.Results.Count, report.ErrorCount, report.WarningCount));
            foreach (var audit in report.Audits)
            {
                foreach (var item in audit.Items)
                {
                    writer.WriteLine(item.ToFinding(audit.DisplayRoot, report.Culture).ToCanonicalString());
                }

                writer.WriteLine(Audit.AuditRules.Format(report.Culture, "Summary", audit.DisplayRoot, audit.Items.Count, audit.UnjustifiedCount));
            }
        }
    }
}
