using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Commons.Analyzers
{
    /// <summary>
    /// What every brick analyzer shares: the brick rules as its diagnostics, concurrent execution, generated code
    /// analysed (it is not a hiding place: a generated client of a brick API reimplements it all the same, see
    /// docs/reliability.md), and one <see cref="AnalysisSession"/> per compilation. <see cref="Initialize"/> is sealed;
    /// an analyzer says only what it registers once the session is known.
    /// </summary>
    public abstract class BrickAnalyzer : DiagnosticAnalyzer
    {
        public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.AllBricks;

        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCode);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(c => OnSessionStart(c, AnalysisSession.For(c.Options, c.CancellationToken)));
        }

        /// <summary>Which generated code the analyzer reads and reports in: all of it, unless it reads no syntax.</summary>
        private protected virtual GeneratedCodeAnalysisFlags GeneratedCode => GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

        /// <summary>Registers the analyzer's actions for one compilation, given its session (catalog, record, reporter).</summary>
        private protected abstract void OnSessionStart(CompilationStartAnalysisContext context, AnalysisSession session);
    }
}
