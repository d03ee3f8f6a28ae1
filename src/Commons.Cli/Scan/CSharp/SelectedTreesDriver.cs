using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

// The analysis contexts' public constructors are marked obsolete to steer hosts to CompilationWithAnalyzers (roslyn
// issue 63440: a hand-made context does not know the driver's generated-code and suppression state). This driver
// applies suppressions itself (GetEffectiveDiagnostics) and the brick analyzers analyse generated code anyway.
#pragma warning disable CS0618

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Runs the brick analyzers' symbol and operation actions over a few trees of a large compilation, with one semantic
    /// model per tree. Roslyn's per-file analysis (<c>CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync</c>)
    /// does the same work but, per call, builds and initialises a driver and computes the tree's compiler diagnostics
    /// (flow analysis included): some 30–60 ms per file whatever its size, most of a pre-filtered scan's time. Here a
    /// tree costs the binding of its member bodies, done once and shared with <see cref="NameMatcher"/>.
    ///
    /// What it raises, as Roslyn's driver does for a tree: a symbol action for each namespace, type and member declared
    /// in it (a partial symbol once), and an operation action for every operation, implicit ones included, of each
    /// executable block (member bodies, initialisers, parameter defaults, attributes, top-level statements). The
    /// findings then pass through <see cref="CompilationWithAnalyzers.GetEffectiveDiagnostics(IEnumerable{Diagnostic}, Compilation)"/>, which marks the suppressed ones,
    /// so <c>#pragma warning disable</c> silences them as in a build. An analyzer that registers an action this
    /// driver does not raise is refused (<see cref="Supports"/>), and an analyzer that throws stops it: the scan then
    /// falls back to Roslyn's driver.
    /// <c>--full-binding</c> keeps Roslyn's whole-compilation analysis, the reference this is tested against.
    /// </summary>
    internal sealed class SelectedTreesDriver
    {
        private readonly Compilation _compilation;
        private readonly AnalyzerOptions _options;
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
        private readonly ConcurrentDictionary<ISymbol, byte> _raised = new ConcurrentDictionary<ISymbol, byte>(SymbolEqualityComparer.Default);
        private RegisteredActions? _actions;

        public SelectedTreesDriver(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
        {
            _compilation = compilation;
            _analyzers = analyzers;
            _options = options;
        }

        /// <summary>False when an analyzer registers an action this driver does not raise (then use Roslyn's).</summary>
        public bool Supports => Registered().Unsupported.Count == 0;

        /// <summary>
        /// The analyzers' diagnostics on <paramref name="trees"/>, given each tree's semantic model; false if an analyzer
        /// threw (then use Roslyn's driver, which reports it).
        /// </summary>
        /// <param name="blocks">Which of a tree's blocks to bind (<see cref="KeyedBlocks"/>): the others hold no signature.</param>
        /// <param name="treeDone">Called once a tree is analysed, with its model, for more work on it before the model is dropped.</param>
        public bool TryAnalyse(
            IReadOnlyList<SyntaxTree> trees,
            Func<SyntaxTree, SemanticModel> models,
            Func<SyntaxTree, KeyedBlocks> blocks,
            CancellationToken cancellationToken,
            out ImmutableArray<Diagnostic> diagnostics,
            Action<SyntaxTree, SemanticModel>? treeDone = null)
        {
            var actions = Registered();
            var found = new ConcurrentBag<Diagnostic>();
            var failed = 0;
            Parallel.ForEach(trees, new ParallelOptions { CancellationToken = cancellationToken }, tree =>
            {
                var model = models(tree);
                foreach (var symbol in DeclaredSymbols(model, cancellationToken))
                {
                    if (actions.Symbols.TryGetValue(symbol.Kind, out var callbacks) && _raised.TryAdd(symbol, 0))
                    {
                        foreach (var (analyzer, callback) in callbacks)
                        {
                            var context = new SymbolAnalysisContext(symbol, _compilation, _options, found.Add, d => IsSupported(analyzer, d), cancellationToken);
                            Run(() => callback(context), ref failed);
                        }
                    }
                }

                foreach (var (block, owner) in actions.Operations.Count == 0 ? Enumerable.Empty<(IOperation, ISymbol)>() : ExecutableBlocks(model, blocks(tree), cancellationToken))
                {
                    foreach (var operation in block.DescendantsAndSelf())
                    {
                        if (actions.Operations.TryGetValue(operation.Kind, out var callbacks))
                        {
                            foreach (var (analyzer, callback) in callbacks)
                            {
                                var context = new OperationAnalysisContext(operation, owner, _compilation, _options, found.Add, d => IsSupported(analyzer, d), cancellationToken);
                                Run(() => callback(context), ref failed);
                            }
                        }
                    }
                }

                treeDone?.Invoke(tree, model);
            });

            diagnostics = failed == 0 ? CompilationWithAnalyzers.GetEffectiveDiagnostics(found, _compilation).Where(d => !d.IsSuppressed).ToImmutableArray() : default;
            return failed == 0;
        }

        private static bool IsSupported(DiagnosticAnalyzer analyzer, Diagnostic diagnostic) =>
            analyzer.SupportedDiagnostics.Any(d => d.Id == diagnostic.Id);

        /// <summary>
        /// A callback that throws stops this driver: the caller falls back to Roslyn's, which reports the exception as a
        /// finding (AD0001) beside every other one, never the end of the scan.
        /// </summary>
        private static void Run(Action callback, ref int failed)
        {
            try
            {
                callback();
            }
            catch (Exception ex) when (!(ex is OperationCanceledException) && !(ex is OutOfMemoryException))
            {
                Interlocked.Exchange(ref failed, 1);
            }
        }

        /// <summary>The namespaces, types and members declared in the model's tree.</summary>
        private static IEnumerable<ISymbol> DeclaredSymbols(SemanticModel model, CancellationToken cancellationToken)
        {
            var root = model.SyntaxTree.GetRoot(cancellationToken);
            foreach (var node in root.DescendantNodes(n => !(n is BaseMethodDeclarationSyntax) && !(n is AccessorListSyntax) && !(n is GlobalStatementSyntax)))
            {
                switch (node)
                {
                    case BaseNamespaceDeclarationSyntax _:
                    case BaseTypeDeclarationSyntax _:
                    case DelegateDeclarationSyntax _:
                        var declared = model.GetDeclaredSymbol(node, cancellationToken);
                        if (declared != null)
                        {
                            yield return declared;
                        }

                        if (declared is INamedTypeSymbol type)
                        {
                            foreach (var member in type.GetMembers())
                            {
                                if (!(member is INamedTypeSymbol) && member.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == model.SyntaxTree))
                                {
                                    yield return member;
                                }
                            }
                        }

                        break;
                }
            }
        }

        /// <summary>Each executable block of the tree with the symbol that owns it.</summary>
        private static IEnumerable<(IOperation Block, ISymbol Owner)> ExecutableBlocks(SemanticModel model, KeyedBlocks keyed, CancellationToken cancellationToken)
        {
            var root = (CompilationUnitSyntax)model.SyntaxTree.GetRoot(cancellationToken);
            if (root.Members.OfType<GlobalStatementSyntax>().Any() && keyed.Holds(root))
            {
                var block = model.GetOperation(root, cancellationToken);
                var owner = model.GetEnclosingSymbol(root.Members.OfType<GlobalStatementSyntax>().First().SpanStart, cancellationToken);
                if (block != null && owner != null)
                {
                    yield return (block, owner);
                }
            }

            // Bodies are not descended into: lambdas and local functions are operations of their block.
            foreach (var node in root.DescendantNodes(n => !IsBlock(n)))
            {
                SyntaxNode? blockSyntax = node switch
                {
                    BaseMethodDeclarationSyntax method when method.Body != null || method.ExpressionBody != null => method,
                    AccessorDeclarationSyntax accessor when accessor.Body != null || accessor.ExpressionBody != null => accessor,
                    ArrowExpressionClauseSyntax arrow when arrow.Parent is BasePropertyDeclarationSyntax => arrow,
                    EqualsValueClauseSyntax initializer => initializer,
                    AttributeSyntax attribute => attribute,
                    PrimaryConstructorBaseTypeSyntax baseCall => baseCall,
                    _ => null,
                };
                var operation = blockSyntax == null || !keyed.Holds(blockSyntax) ? null : model.GetOperation(blockSyntax, cancellationToken);
                var owner = operation == null ? null : Owner(model, blockSyntax!, cancellationToken);
                if (operation != null && owner != null)
                {
                    yield return (operation, owner);
                }
            }
        }

        /// <summary>The member a block belongs to: the declared method or accessor, else the declaration around it.</summary>
        private static ISymbol? Owner(SemanticModel model, SyntaxNode block, CancellationToken cancellationToken) =>
            block is BaseMethodDeclarationSyntax || block is AccessorDeclarationSyntax
                ? model.GetDeclaredSymbol(block, cancellationToken)
                : model.GetEnclosingSymbol(block.SpanStart, cancellationToken);

        /// <summary>Executable code whose operations its block yields: not walked into for more blocks.</summary>
        private static bool IsBlock(SyntaxNode node) =>
            node is BlockSyntax || node is ArrowExpressionClauseSyntax || node is EqualsValueClauseSyntax || node is AttributeSyntax
            || node is PrimaryConstructorBaseTypeSyntax || node is GlobalStatementSyntax || node is ConstructorInitializerSyntax;

        private RegisteredActions Registered() => _actions ??= RegisteredActions.Of(_analyzers, _compilation, _options);
    }
}
