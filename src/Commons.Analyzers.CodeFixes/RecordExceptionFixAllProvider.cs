using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// Fix All for <see cref="RecordExceptionCodeFixProvider"/> (the IDE's "fix all occurrences", and
    /// <c>dotnet format analyzers --diagnostics CN1004</c>): one exception per brick however many findings, written
    /// once into each record. The default batch fixer would merge one edit per finding into the same shared file.
    /// Projects that share a record (the usual case: one record at the repository's root) get the same new text.
    /// </summary>
    internal sealed class RecordExceptionFixAllProvider : FixAllProvider
    {
        public static readonly RecordExceptionFixAllProvider Instance = new RecordExceptionFixAllProvider();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var bricksByProject = new Dictionary<ProjectId, SortedSet<string>>();
            foreach (var (project, diagnostics) in await DiagnosticsInScopeAsync(fixAllContext).ConfigureAwait(false))
            {
                foreach (var brick in diagnostics.Select(RecordExceptionCodeFixProvider.BrickOf).Where(b => b != null))
                {
                    if (!bricksByProject.TryGetValue(project.Id, out var bricks))
                    {
                        bricksByProject[project.Id] = bricks = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    bricks.Add(brick!);
                }
            }

            if (bricksByProject.Count == 0)
            {
                return null;
            }

            var title = Commons.Engine.Verdicts.BrickMessages.Format(AnalysisSession.CultureOf(fixAllContext.Project.AnalyzerOptions),
                "Fix_RecordException", string.Join(", ", bricksByProject.Values.SelectMany(b => b).Distinct()));
            return CodeAction.Create(title, ct => RecordExceptionsAsync(fixAllContext.Solution, bricksByProject, ct), fixAllContext.CodeActionEquivalenceKey);
        }

        private static async Task<IReadOnlyList<(Project Project, ImmutableArray<Diagnostic> Diagnostics)>> DiagnosticsInScopeAsync(FixAllContext context)
        {
            var found = new List<(Project, ImmutableArray<Diagnostic>)>();
            switch (context.Scope)
            {
                case FixAllScope.Document when context.Document != null:
                    found.Add((context.Project, await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false)));
                    break;
                case FixAllScope.Project:
                    found.Add((context.Project, await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false)));
                    break;
                case FixAllScope.Solution:
                    foreach (var project in context.Solution.Projects)
                    {
                        found.Add((project, await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false)));
                    }

                    break;
            }

            return found;
        }

        private static async Task<Solution> RecordExceptionsAsync(Solution solution, Dictionary<ProjectId, SortedSet<string>> bricksByProject, CancellationToken cancellationToken)
        {
            var today = DateTime.Today;
            var bricksByRecord = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            var original = new Dictionary<string, TextDocument>(StringComparer.Ordinal);
            foreach (var pair in bricksByProject)
            {
                var project = solution.GetProject(pair.Key);
                if (project == null)
                {
                    continue;
                }

                var record = RecordExceptionCodeFixProvider.FindRecord(project);
                if (record == null)
                {
                    solution = RecordExceptionCodeFixProvider.AddRecord(project, RecordEditor.NewRecord(pair.Value, today)).Solution;
                    continue;
                }

                var path = record.FilePath ?? record.Name;
                if (!bricksByRecord.TryGetValue(path, out var bricks))
                {
                    bricksByRecord[path] = bricks = new SortedSet<string>(StringComparer.Ordinal);
                    original[path] = record;
                }

                bricks.UnionWith(pair.Value);
            }

            foreach (var pair in bricksByRecord)
            {
                var text = await original[pair.Key].GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (!RecordExceptionCodeFixProvider.TryAddExceptions(text.ToString(), pair.Value, today, out var edited))
                {
                    continue;
                }

                var updated = SourceText.From(edited, text.Encoding);
                var sameFile = solution.Projects.SelectMany(p => p.AdditionalDocuments)
                    .Where(d => string.Equals(d.FilePath ?? d.Name, pair.Key, StringComparison.Ordinal))
                    .Select(d => d.Id)
                    .ToList();
                foreach (var id in sameFile)
                {
                    solution = solution.WithAdditionalDocumentText(id, updated);
                }
            }

            return solution;
        }
    }
}
