using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// A proxy, not an analyzer of its own: the wrapped analyzer configures itself, and its registrations go through.
#pragma warning disable RS1001, RS1012, RS1025, RS1026

namespace Commons.Benchmarks.Analysis
{
    /// <summary>
    /// A measuring device for <c>--timed</c>: wraps an analyzer and times each of its actions (the compilation-start
    /// action, and every callback it registers, per kind: count, sum, slowest), so a fixed cost per compilation
    /// shows where it is paid without a Stopwatch in the analyzers' shipped code. Roslyn's telemetry only gives one
    /// sum per analyzer.
    /// </summary>
    internal sealed class TimedAnalyzer : DiagnosticAnalyzer
    {
        private readonly DiagnosticAnalyzer _inner;

        public TimedAnalyzer(DiagnosticAnalyzer inner)
        {
            _inner = inner;
        }

        public string Name => _inner.GetType().Name;

        public ConcurrentDictionary<string, ActionTimes> Times { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => _inner.Initialize(new Context(context, this));

        public void Reset() => Times.Clear();

        /// <summary>
        /// Times one callback: wall clock (what Roslyn's telemetry sums), the garbage collector's pauses inside it and
        /// the thread's own CPU time, so a slow callback tells whether it computed, was paused by a collection or
        /// waited for a core.
        /// </summary>
        private Action<T> Timed<T>(string kind, Action<T> action, Func<T, string> describe) => c =>
        {
            var collections = GC.CollectionCount(0);
            var paused = GC.GetTotalPauseDuration();
            var cpu = ThreadCpu.Milliseconds();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            action(c);
            var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var sample = new Sample(wall, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, ThreadCpu.Milliseconds() - cpu, GC.CollectionCount(0) - collections, allocated);
            Times.GetOrAdd(kind, _ => new ActionTimes()).Add(sample, describe, c);
        };

        internal readonly record struct Sample(double WallMs, double GcPauseMs, double CpuMs, int Collections, long AllocatedBytes);

        /// <summary>CLOCK_THREAD_CPUTIME_ID: the calling thread's CPU time (Linux).</summary>
        private static class ThreadCpu
        {
            private const int ClockThreadCpuTime = 3;

            public static double Milliseconds() => clock_gettime(ClockThreadCpuTime, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : double.NaN;

            [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
            private static extern int clock_gettime(int clock, out TimeSpec time);

            [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
            private struct TimeSpec
            {
                public long Seconds;
                public long Nanoseconds;
            }
        }

        private static string Describe(OperationAnalysisContext c) => c.Operation.Kind + " " + c.Operation.Syntax.GetLocation().GetLineSpan();

        private static string Describe(SymbolAnalysisContext c) => c.Symbol.Kind + " " + c.Symbol.ToDisplayString();

        /// <summary>Times of one kind of action: count, sum, slowest (and what it was given).</summary>
        internal sealed class ActionTimes
        {
            private readonly object _gate = new();

            public int Count { get; private set; }

            public double SumMs { get; private set; }

            public double MaxMs { get; private set; }

            public string Slowest { get; private set; } = "";

            public double GcPauseMs { get; private set; }

            public double CpuMs { get; private set; }

            public int Collections { get; private set; }

            public long AllocatedBytes { get; private set; }

            public Sample SlowestSample { get; private set; }

            public void Add<T>(Sample sample, Func<T, string> describe, T context)
            {
                lock (_gate)
                {
                    Count++;
                    SumMs += sample.WallMs;
                    GcPauseMs += sample.GcPauseMs;
                    CpuMs += sample.CpuMs;
                    Collections += sample.Collections;
                    AllocatedBytes += sample.AllocatedBytes;
                    if (sample.WallMs > MaxMs)
                    {
                        MaxMs = sample.WallMs;
                        SlowestSample = sample;
                        Slowest = describe(context);
                    }
                }
            }
        }

        private sealed class Context : AnalysisContext
        {
            private readonly AnalysisContext _inner;
            private readonly TimedAnalyzer _owner;

            public Context(AnalysisContext inner, TimedAnalyzer owner)
            {
                _inner = inner;
                _owner = owner;
            }

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _inner.ConfigureGeneratedCodeAnalysis(analysisMode);

            public override void EnableConcurrentExecution() => _inner.EnableConcurrentExecution();

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
                _inner.RegisterCompilationStartAction(_owner.Timed<CompilationStartAnalysisContext>("compilation start", c => action(new StartContext(c, _owner)), _ => ""));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
                _inner.RegisterAdditionalFileAction(_owner.Timed("additional file", action, c => c.AdditionalFile.Path));

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                _inner.RegisterOperationAction(_owner.Timed("operation", action, Describe), operationKinds);

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
                _inner.RegisterSymbolAction(_owner.Timed("symbol", action, Describe), symbolKinds);

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();

            private static NotSupportedException Unexpected() => new("the timing proxy forwards only the registrations our analyzers make");
        }

        private sealed class StartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext _inner;
            private readonly TimedAnalyzer _owner;

            public StartContext(CompilationStartAnalysisContext inner, TimedAnalyzer owner)
                : base(inner.Compilation, inner.Options, inner.CancellationToken)
            {
                _inner = inner;
                _owner = owner;
            }

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                _inner.RegisterOperationAction(_owner.Timed("operation " + string.Join("/", operationKinds), action, Describe), operationKinds);

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
                _inner.RegisterSymbolAction(_owner.Timed("symbol " + string.Join("/", symbolKinds), action, Describe), symbolKinds);

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
                _inner.RegisterAdditionalFileAction(_owner.Timed("additional file", action, c => c.AdditionalFile.Path));

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();

            private static NotSupportedException Unexpected() => new("the timing proxy forwards only the registrations our analyzers make");
        }
    }
}
