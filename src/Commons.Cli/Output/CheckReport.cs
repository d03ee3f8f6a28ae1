using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Commons.Cli.Audit;
using Commons.Engine.Findings;
using Commons.Engine.Record;

namespace Commons.Cli.Output
{
    /// <summary>The results of one run, ready for any output format.</summary>
    public sealed class CheckReport
    {
        public CheckReport(IReadOnlyList<ValidationResult> results, CultureInfo culture, IReadOnlyList<AuditResult>? audits = null)
        {
            Results = results;
            Culture = culture;
            Audits = audits ?? new AuditResult[0];
        }

        /// <summary>The integrity audits (<c>--audit</c>), one per folder checked; empty without the option.</summary>
        public IReadOnlyList<AuditResult> Audits { get; }

        /// <summary>Every audit item with the path it prints as (the folder as given, then the file).</summary>
        public IEnumerable<(AuditItem Item, Finding Finding)> AuditFindings =>
            Audits.SelectMany(a => a.Items.Select(i => (i, i.ToFinding(a.DisplayRoot, Culture))));

        public IReadOnlyList<ValidationResult> Results { get; }

        public CultureInfo Culture { get; }

        public IEnumerable<Finding> Findings => Results.SelectMany(r => r.Findings);

        public int ErrorCount => Results.Sum(r => r.ErrorCount);

        public int WarningCount => Results.Sum(r => r.WarningCount);

        public static string ToolName => "commons";

        public static string ToolVersion =>
            typeof(CheckReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "0.0.0";
    }
}
