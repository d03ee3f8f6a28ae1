using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Commons.Engine.Findings;
using Commons.Engine.Record;

namespace Commons.Cli.Output
{
    /// <summary>The results of one run, ready for any output format.</summary>
    public sealed class CheckReport
    {
        public CheckReport(IReadOnlyList<ValidationResult> results, CultureInfo culture)
        {
            Results = results;
            Culture = culture;
        }

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
