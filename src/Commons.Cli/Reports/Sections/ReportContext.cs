using System;
using System.Collections.Generic;
using System.Globalization;
using Commons.Engine.Catalog;
using Commons.Engine.Policy;

namespace Commons.Cli.Reports.Sections
{
    /// <summary>What every section writer of the fleet page reads: the report, its language, the policy, its day.</summary>
    internal sealed class ReportContext
    {
        private readonly Dictionary<string, int> _positions = new Dictionary<string, int>(StringComparer.Ordinal);

        public ReportContext(FleetReport report)
        {
            Report = report;
            Culture = CliText.CultureFor(report.Language);
            Figures = new FleetFigures(report, Catalog, Tree);
            for (var i = 0; i < report.Repositories.Count; i++)
            {
                if (!_positions.ContainsKey(report.Repositories[i].Name))
                {
                    _positions.Add(report.Repositories[i].Name, i + 1);
                }
            }
        }

        public FleetReport Report { get; }

        public CultureInfo Culture { get; }

        public BrickCatalog Catalog => BrickCatalog.Embedded;

        public PolicyTree Tree => PolicyTree.Embedded;

        /// <summary>The counts the summary tables and the charts both draw, computed once.</summary>
        public FleetFigures Figures { get; }

        public string T(string key, params object[] args) => CliText.Format(Culture, key, args);

        /// <summary>The text of <paramref name="key"/>, escaped for HTML.</summary>
        public string E(string key, params object[] args) => Html.Encode(T(key, args));

        /// <summary>A stable, safe anchor: the repository's position in the report.</summary>
        public string Anchor(string name) => "repo-" + (_positions.TryGetValue(name, out var position) ? position : 0);

        /// <summary>Only http(s) links: a report merged from untrusted JSON must not carry a javascript: URL.</summary>
        public static string HelpFor(FindingEntry finding) =>
            finding.HelpUri.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || finding.HelpUri.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                ? finding.HelpUri
                : Engine.Findings.HelpLinks.For(finding.Id);
    }
}
