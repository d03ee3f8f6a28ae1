using System;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Commons.Engine.Record;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Analyzers.CodeFixes
{
    /// <summary>
    /// "Record an exception for brick X in commons-decision.yml": adds (or completes) the brick's entry in the
    /// record, an additional document of the project, with a placeholder justification and an echeance in 90 days.
    /// The record's own rules then flag the placeholder until a person writes the real reason.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RecordExceptionCodeFixProvider))]
    [Shared]
    public sealed class RecordExceptionCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            Descriptors.AllBricks.Select(d => d.Id).ToImmutableArray();

        // Each fix edits one shared file: Fix All writes one entry per brick, once (the batch fixer would not).
        public override FixAllProvider GetFixAllProvider() => RecordExceptionFixAllProvider.Instance;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var brickId = BrickOf(diagnostic);
                if (brickId == null)
                {
                    continue;
                }

                // In the build's language (CommonsLanguage), as the diagnostic it fixes.
                var title = Commons.Engine.Verdicts.BrickMessages.Format(AnalysisSession.CultureOf(context.Document.Project.AnalyzerOptions), "Fix_RecordException", brickId);
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => RecordExceptionAsync(context.Document.Project, brickId, ct), equivalenceKey: "RecordException:" + brickId),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// The record the analyzers read (<see cref="AnalysisSession.FindRecord"/> decides: marked by the package, else
        /// by its name), as a document of the project; an additional text's path is its document's file path, or name.
        /// </summary>
        internal static TextDocument? FindRecord(Project project)
        {
            var path = AnalysisSession.FindRecord(project.AnalyzerOptions)?.Path;
            return path == null ? null : project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath ?? d.Name, path, StringComparison.Ordinal));
        }

        /// <summary>The brick a finding is about, carried by the analyzers in the diagnostic's properties.</summary>
        internal static string? BrickOf(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(BrickReporter.BrickProperty, out var brickId) ? brickId : null;

        /// <summary>A new record beside the project file, for a project that has none yet.</summary>
        internal static Project AddRecord(Project project, string text)
        {
            var directory = project.FilePath == null ? null : Path.GetDirectoryName(project.FilePath);
            var path = directory == null ? RecordValidator.FileName : Path.Combine(directory, RecordValidator.FileName);
            return project.AddAdditionalDocument(RecordValidator.FileName, SourceText.From(text), filePath: path).Project;
        }

        private static async Task<Solution> RecordExceptionAsync(Project project, string brickId, CancellationToken cancellationToken)
        {
            var today = DateTime.Today;
            var record = FindRecord(project);
            if (record == null)
            {
                return AddRecord(project, RecordEditor.NewRecord(brickId, today)).Solution;
            }

            var text = await record.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return TryAddExceptions(text.ToString(), new[] { brickId }, today, out var updated)
                ? project.Solution.WithAdditionalDocumentText(record.Id, SourceText.From(updated, text.Encoding))
                : project.Solution;
        }

        /// <summary>
        /// The record with the bricks' exceptions, or false for a record the editor cannot read: the fix then leaves
        /// it as it is, and the record's own diagnostics (on the record) say what to repair first.
        /// </summary>
        internal static bool TryAddExceptions(string text, System.Collections.Generic.IEnumerable<string> brickIds, DateTime today, out string updated)
        {
            try
            {
                updated = RecordEditor.AddExceptions(text, brickIds, today);
                return true;
            }
            catch (RecordNotEditableException)
            {
                updated = text;
                return false;
            }
        }
    }
}
