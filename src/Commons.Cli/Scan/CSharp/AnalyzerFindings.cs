using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Findings;
using Microsoft.CodeAnalysis;

namespace Commons.Cli.Scan
{
    /// <summary>The analyzers' diagnostics as the scan's findings, and which of the record's exceptions they needed.</summary>
    internal static class AnalyzerFindings
    {
        public static List<Finding> From(IEnumerable<Diagnostic> diagnostics, ScanContext context)
        {
            var findings = new List<Finding>();
            foreach (var diagnostic in diagnostics)
            {
                // Which exceptions the code needs (CN0210): the brick an exception exempted (BrickReporter.ExemptProperty),
                // or the brick a finding is reported under (BrickReporter.BrickProperty; an expired exception still covers it).
                if ((diagnostic.Properties.TryGetValue("exempt", out var brick) || diagnostic.Properties.TryGetValue("brick", out brick)) && brick != null)
                {
                    context.Verdicts.MarkNeeded(brick);
                }

                // Hidden ones are the exempted findings, asked for only to know the exceptions in use.
                if (diagnostic.Severity == DiagnosticSeverity.Error || diagnostic.Severity == DiagnosticSeverity.Warning)
                {
                    findings.Add(ToFinding(diagnostic, context));
                }
            }

            context.Verdicts.CodeAnalysed = true;
            return findings;
        }

        private static Finding ToFinding(Diagnostic diagnostic, ScanContext context)
        {
            var span = diagnostic.Location.GetLineSpan();
            var path = string.IsNullOrEmpty(span.Path) ? context.Repository.RecordPath : span.Path;
            return new Finding(
                diagnostic.Id,
                diagnostic.Severity == DiagnosticSeverity.Error ? FindingSeverity.Error : FindingSeverity.Warning,
                diagnostic.GetMessage(context.Culture),
                context.Repository.Display(path),
                new SourcePosition(span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        }
    }
}
