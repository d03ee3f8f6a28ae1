using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The symbol and operation actions the brick analyzers register, taken from their <c>Initialize</c> and their
    /// compilation-start actions for the one compilation scanned, for <see cref="SelectedTreesDriver"/> to raise. Any
    /// other kind of action is listed in <see cref="Unsupported"/>: that driver does not raise it, Roslyn's must run.
    /// </summary>
    internal sealed class RegisteredActions
    {
        public Dictionary<SymbolKind, List<(DiagnosticAnalyzer, Action<SymbolAnalysisContext>)>> Symbols { get; } = new Dictionary<SymbolKind, List<(DiagnosticAnalyzer, Action<SymbolAnalysisContext>)>>();

        public Dictionary<OperationKind, List<(DiagnosticAnalyzer, Action<OperationAnalysisContext>)>> Operations { get; } = new Dictionary<OperationKind, List<(DiagnosticAnalyzer, Action<OperationAnalysisContext>)>>();

        /// <summary>What an analyzer registered that the driver does not raise: then Roslyn's driver is used.</summary>
        public List<string> Unsupported { get; } = new List<string>();

        public static RegisteredActions Of(ImmutableArray<DiagnosticAnalyzer> analyzers, Compilation compilation, AnalyzerOptions options)
        {
            var actions = new RegisteredActions();
            foreach (var analyzer in analyzers)
            {
                var sink = new Sink(analyzer, actions);
                var context = new Registrations(sink);
                Register(sink, () => analyzer.Initialize(context));
                foreach (var start in context.CompilationStarts)
                {
                    Register(sink, () => start(new StartRegistrations(sink, compilation, options)));
                }
            }

            return actions;
        }

        /// <summary>
        /// Roslyn's contexts throw <see cref="NotImplementedException"/> for the virtual registrations a host does not
        /// override (symbol-start and operation-block actions here): an action this driver would not raise.
        /// </summary>
        private static void Register(Sink sink, Action register)
        {
            try
            {
                register();
            }
            catch (NotImplementedException ex)
            {
                sink.Refuse(nameof(NotImplementedException) + ": " + ex.Message); // not TargetSite: a native build keeps no method metadata
            }
        }

        private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = new List<TValue>();
            }

            list.Add(value);
        }

        /// <summary>Where one analyzer's registrations go, whichever of Roslyn's two context classes received them.</summary>
        private sealed class Sink
        {
            private readonly DiagnosticAnalyzer _analyzer;
            private readonly RegisteredActions _actions;

            public Sink(DiagnosticAnalyzer analyzer, RegisteredActions actions)
            {
                _analyzer = analyzer;
                _actions = actions;
            }

            public void Symbol(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> kinds)
            {
                foreach (var kind in kinds)
                {
                    Add(_actions.Symbols, kind, (_analyzer, action));
                }
            }

            public void Operation(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> kinds)
            {
                foreach (var kind in kinds)
                {
                    Add(_actions.Operations, kind, (_analyzer, action));
                }
            }

            public void Refuse(string what) => _actions.Unsupported.Add(_analyzer.GetType().Name + "." + what);
        }

        /// <summary>
        /// The analyzer's <c>Initialize</c>: compilation-start actions kept, symbol and operation actions taken. Roslyn's
        /// abstract registrations must each be overridden; the ones the driver does not raise are refused.
        /// </summary>
        private sealed class Registrations : AnalysisContext
        {
            private readonly Sink _sink;

            public Registrations(Sink sink)
            {
                _sink = sink;
            }

            public List<Action<CompilationStartAnalysisContext>> CompilationStarts { get; } = new List<Action<CompilationStartAnalysisContext>>();

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => CompilationStarts.Add(action);

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _sink.Symbol(action, symbolKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _sink.Operation(action, operationKinds);

            // Additional files are analysed apart (BrickAnalysis), in a compilation without code.
            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            {
            }

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
            {
            }

            public override void EnableConcurrentExecution()
            {
            }

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _sink.Refuse(nameof(RegisterCompilationAction));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _sink.Refuse(nameof(RegisterSemanticModelAction));

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _sink.Refuse(nameof(RegisterCodeBlockStartAction));

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _sink.Refuse(nameof(RegisterCodeBlockAction));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _sink.Refuse(nameof(RegisterSyntaxTreeAction));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _sink.Refuse(nameof(RegisterSyntaxNodeAction));
        }

        /// <summary>A compilation-start action's registrations, for the one compilation scanned.</summary>
        private sealed class StartRegistrations : CompilationStartAnalysisContext
        {
            private readonly Sink _sink;

            public StartRegistrations(Sink sink, Compilation compilation, AnalyzerOptions options)
                : base(compilation, options, CancellationToken.None)
            {
                _sink = sink;
            }

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _sink.Symbol(action, symbolKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _sink.Operation(action, operationKinds);

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            {
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _sink.Refuse(nameof(RegisterCompilationEndAction));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _sink.Refuse(nameof(RegisterSemanticModelAction));

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _sink.Refuse(nameof(RegisterCodeBlockStartAction));

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _sink.Refuse(nameof(RegisterCodeBlockAction));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _sink.Refuse(nameof(RegisterSyntaxTreeAction));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _sink.Refuse(nameof(RegisterSyntaxNodeAction));
        }
    }
}
