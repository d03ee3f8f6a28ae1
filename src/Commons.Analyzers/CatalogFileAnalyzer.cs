using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Analyzers
{
    /// <summary>
    /// Reports what is wrong in an organisation's commons-catalog.yml, on the line of the entry: a malformed entry
    /// is left out (never silently, never a crash), the rest of the file applies.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CatalogFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
            ImmutableArray.Create(Descriptors.CatalogMalformed, Descriptors.CatalogUnknownBrick);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterAdditionalFileAction(OnAdditionalFile);
        }

        private static void OnAdditionalFile(AdditionalFileAnalysisContext context)
        {
            if (!AnalysisSession.IsFile(context.AdditionalFile, BrickCatalog.OrganisationFileName))
            {
                return;
            }

            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text == null)
            {
                return;
            }

            var result = AnalysisSession.LoadOrganisationCatalog(context.AdditionalFile, context.CancellationToken);
            var culture = AnalysisSession.CultureOf(context.Options);
            var helpBase = AnalysisSession.HelpBase(context.Options);
            foreach (var problem in result.Problems)
            {
                var location = LocationOf(context.AdditionalFile.Path, text, problem.Position.Line, problem.Position.Column);
                if (problem.Kind == CatalogProblemKind.UnknownBrick)
                {
                    var message = string.Format(culture, AnalyzerResources.Get("Message_CatalogUnknownBrick", culture), problem.Arguments.Cast<object>().ToArray());
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.WithHelpBase(Descriptors.CatalogUnknownBrick, helpBase), location, message));
                }
                else
                {
                    var detail = new LocalizedText("Problem_" + problem.Kind.ToString(), problem.Arguments.Cast<object>().ToArray());
                    var message = string.Format(culture, AnalyzerResources.Get("Message_CatalogMalformed", culture), detail);
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.WithHelpBase(Descriptors.CatalogMalformed, helpBase), location, message));
                }
            }
        }

        /// <summary>The rest of the line from the 1-based position, clamped to the text.</summary>
        private static Location LocationOf(string path, SourceText text, int line, int column)
        {
            var lineIndex = System.Math.Min(System.Math.Max(line - 1, 0), text.Lines.Count - 1);
            var textLine = text.Lines[lineIndex];
            var start = System.Math.Min(textLine.Start + System.Math.Max(column - 1, 0), textLine.End);
            var span = TextSpan.FromBounds(start, textLine.End);
            return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        }
    }
}
