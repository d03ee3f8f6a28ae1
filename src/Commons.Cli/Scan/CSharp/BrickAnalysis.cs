using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Commons.Cli.Scan
{
    /// <summary>The package's brick analyzers (Commons.Analyzers, same catalog) run in process over the scan's compilation.</summary>
    internal static class BrickAnalysis
    {
        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new Lazy<ImmutableArray<DiagnosticAnalyzer>>(AnalyzersOfThePackage);

        /// <summary>
        /// Every analyzer the package ships, found as Roslyn finds them in a build: the concrete types marked
        /// <see cref="DiagnosticAnalyzerAttribute"/>. The native build keeps them all: the csproj roots the assembly
        /// (<c>TrimmerRootAssembly</c>), so a new analyzer needs no line here.
        /// </summary>
        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Commons.Analyzers is a TrimmerRootAssembly of this project: none of its types is trimmed.")]
        [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Commons.Analyzers is a TrimmerRootAssembly of this project: its constructors are kept.")]
        private static ImmutableArray<DiagnosticAnalyzer> AnalyzersOfThePackage() =>
            typeof(Commons.Analyzers.BrickHostAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();

        /// <summary>Roslyn's whole-compilation analysis (<c>--full-binding</c>): every body bound, the reference.</summary>
        public static ImmutableArray<Diagnostic> OfCompilation(CSharpCompilation compilation, CompilationWithAnalyzersOptions options) =>
            compilation.WithAnalyzers(Analyzers.Value, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

        /// <summary>
        /// The analyzers on the chosen trees only: their symbols and the operations of the blocks worth binding, with one
        /// semantic model per tree, handed to <paramref name="treeDone"/> once its tree is analysed (<see cref="SelectedTreesDriver"/>); Roslyn's per-file
        /// analysis if an analyzer registers an action that driver does not raise, or throws. The additional files (the
        /// organisation's catalog) are analysed apart, in a compilation without code, so their diagnostics cost no binding.
        /// </summary>
        public static ImmutableArray<Diagnostic> OfTrees(
            CSharpCompilation compilation,
            IReadOnlyList<SyntaxTree> trees,
            CompilationWithAnalyzersOptions options,
            Func<SyntaxTree, SemanticModel> models,
            Func<SyntaxTree, KeyedBlocks> blocks,
            Action<SyntaxTree, SemanticModel> treeDone)
        {
            var driver = new SelectedTreesDriver(compilation, Analyzers.Value, options.Options!);
            var found = driver.Supports && driver.TryAnalyse(trees, models, blocks, CancellationToken.None, out var diagnostics, treeDone)
                ? diagnostics
                : RoslynPerFile(compilation, trees, options);

            var files = CSharpCompilation.Create("commons-scan-files", Array.Empty<SyntaxTree>(), compilation.References, compilation.Options)
                .WithAnalyzers(Analyzers.Value, options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            return found.AddRange(files);
        }

        private static ImmutableArray<Diagnostic> RoslynPerFile(CSharpCompilation compilation, IReadOnlyList<SyntaxTree> trees, CompilationWithAnalyzersOptions options)
        {
            var analyzers = compilation.WithAnalyzers(Analyzers.Value, options);
            var found = new ConcurrentBag<Diagnostic>();
            Parallel.ForEach(trees, tree =>
            {
                foreach (var diagnostic in analyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).GetAwaiter().GetResult())
                {
                    found.Add(diagnostic);
                }

                foreach (var diagnostic in analyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None).GetAwaiter().GetResult())
                {
                    found.Add(diagnostic);
                }
            });

            return found.ToImmutableArray();
        }
    }
}
