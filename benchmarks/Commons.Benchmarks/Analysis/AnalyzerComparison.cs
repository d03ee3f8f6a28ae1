using System.Collections.Immutable;
using System.Diagnostics;
using Commons.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Commons.Benchmarks.Analysis
{
    /// <summary>Medians over the measured iterations of one corpus.</summary>
    internal sealed record CorpusResult(
        string Name,
        int Files,
        int Lines,
        int Iterations,
        double CompilerMs,
        double OursMs,
        double OursWallMs,
        double BannedMs,
        double BannedWallMs,
        int OursDiagnostics,
        int BannedDiagnostics,
        IReadOnlyDictionary<string, double> OursByAnalyzer,
        double CompilerCpuMs,
        double OursCpuMs,
        double BannedCpuMs,
        double OperationsCpuMs,
        double FloorMs,
        double CallbacksCpuMs)
    {
        /// <summary>
        /// Our callbacks' own CPU (thread CPU inside them, less the timing proxy's cost per call; <see cref="TimedRuns.OwnCpu"/>)
        /// over the compiler's CPU: the measure neither the machine's load nor the collector's pauses inflate.
        /// </summary>
        public double CallbacksOverCompilerCpu => CallbacksCpuMs / CompilerCpuMs;

        /// <summary>Our telemetry less that of an analyzer with the same registrations and empty callbacks: the time of our code itself.</summary>
        public double OursNetMs => Math.Max(0, OursMs - FloorMs);

        public double OursNetOverCompiler => OursNetMs / CompilerMs;

        /// <summary>What our callbacks themselves cost in CPU: ours minus an analyzer that asks for the same operations and symbols and does nothing.</summary>
        public double OursOwnCpuMs => OursCpuMs - OperationsCpuMs;

        public double OursOverBannedCpu => OursCpuMs / BannedCpuMs;

        public double OursOverCompilerCpu => OursCpuMs / CompilerCpuMs;

        public double OursOverBanned => OursMs / BannedMs;

        public double OursOverCompiler => OursMs / CompilerMs;
    }

    /// <summary>
    /// For one corpus, per iteration and each on a fresh compilation: the compiler's own time (GetDiagnostics:
    /// declaration and method-body binding, flow analysis), then our four analyzers alone in a
    /// CompilationWithAnalyzers, then BannedApiAnalyzers alone in another. Analyzer time is Roslyn's
    /// execution-time telemetry (the sum of the analyzers' callbacks, what <c>-p:ReportAnalyzer=true</c> prints);
    /// the wall clock of GetAnalyzerDiagnosticsAsync is reported too (it includes binding the compilation again).
    /// </summary>
    internal static class AnalyzerComparison
    {
        /// <param name="coldReferences">
        /// false (default): every analyzer set runs on a clone of the compilation the compiler has just bound, sharing its
        /// referenced-assembly symbols, as in csc where the driver is attached to the compilation being compiled. true:
        /// each set gets a brand-new compilation, and whichever action first asks for a referenced type pays for
        /// loading that assembly's metadata (about 200 reference assemblies for an ASP.NET Core application).
        /// </param>
        public static async Task<CorpusResult> RunAsync(CorpusCompilation corpus, int warmups, int iterations, TextWriter log, bool coldReferences = false)
        {
            var ours = AnalyzerSets.Ours();
            var banned = AnalyzerSets.BannedApi();
            var options = AnalyzerSets.Options();
            var compiler = new List<double>();
            var oursTime = new List<double>();
            var oursWall = new List<double>();
            var bannedTime = new List<double>();
            var bannedWall = new List<double>();
            var byAnalyzer = new Dictionary<string, List<double>>();
            var baseline = ImmutableArray.Create<DiagnosticAnalyzer>(new BaselineAnalyzer());
            var floor = ImmutableArray.Create<DiagnosticAnalyzer>(new OperationsFloorAnalyzer());
            var floorCpu = new List<double>();
            var floorTime = new List<double>();
            var compilerCpu = new List<double>();
            var oursCpu = new List<double>();
            var bannedCpu = new List<double>();
            var callbacksCpu = new List<double>();
            int oursCount = 0, bannedCount = 0;
            for (var i = 0; i < warmups + iterations; i++)
            {
                var measured = i >= warmups;
                Measure.Settle();
                var compilation = corpus.Create();
                var cpuBefore = Measure.CpuMilliseconds();
                var compile = Measure.Milliseconds(() => compilation.GetDiagnostics());
                var compileCpu = Measure.CpuMilliseconds() - cpuBefore;

                Measure.Settle();
                var (_, _, _, _, baseCpu) = await RunAnalyzersAsync(coldReferences ? corpus.Create() : compilation, baseline, options).ConfigureAwait(false);

                Measure.Settle();
                var (opsSum, _, _, _, opsCpu) = await RunAnalyzersAsync(coldReferences ? corpus.Create() : compilation, floor, options).ConfigureAwait(false);

                Measure.Settle();
                var (ourSum, ourWall, ourDiagnostics, ourSplit, ourCpu) = await RunAnalyzersAsync(coldReferences ? corpus.Create() : compilation, ours, options).ConfigureAwait(false);

                Measure.Settle();
                var (banSum, banWall, banDiagnostics, _, banCpu) = await RunAnalyzersAsync(coldReferences ? corpus.Create() : compilation, banned, options).ConfigureAwait(false);

                // Ours again, each analyzer and the do-nothing one in a timing proxy: our callbacks' own CPU.
                Measure.Settle();
                var timed = ours.Append(new OperationsFloorAnalyzer()).Select(a => new TimedAnalyzer(a)).ToList();
                await RunAnalyzersAsync(coldReferences ? corpus.Create() : compilation, ImmutableArray.CreateRange<DiagnosticAnalyzer>(timed), options).ConfigureAwait(false);
                var callbacks = TimedRuns.OwnCpu(timed).NetMs;

                log.WriteLine($"  {corpus.Name} {(measured ? "run" : "warm-up")} {i + 1}: compiler {compile,8:F0} ms | do-nothing {opsSum,6:F1} ms | ours {ourSum,7:F1} ms (wall {ourWall,6:F0}) | BannedApi {banSum,7:F1} ms (wall {banWall,6:F0}) | CPU compiler {compileCpu:F0}, analysis alone {baseCpu:F0}, +operations {opsCpu - baseCpu:F0}, +ours {ourCpu - baseCpu:F0}, +BannedApi {banCpu - baseCpu:F0}, our callbacks' own {callbacks:F1} | load {Measure.LoadAverage():F1}");
                if (!measured)
                {
                    continue;
                }

                compiler.Add(compile);
                compilerCpu.Add(compileCpu);
                oursCpu.Add(ourCpu - baseCpu);
                bannedCpu.Add(banCpu - baseCpu);
                callbacksCpu.Add(callbacks);
                floorCpu.Add(opsCpu - baseCpu);
                floorTime.Add(opsSum);
                oursTime.Add(ourSum);
                oursWall.Add(ourWall);
                bannedTime.Add(banSum);
                bannedWall.Add(banWall);
                oursCount = ourDiagnostics;
                bannedCount = banDiagnostics;
                foreach (var (name, ms) in ourSplit)
                {
                    (byAnalyzer.TryGetValue(name, out var list) ? list : byAnalyzer[name] = new List<double>()).Add(ms);
                }
            }

            return new CorpusResult(
                corpus.Name,
                corpus.Files.Count,
                corpus.Lines,
                iterations,
                Measure.Median(compiler),
                Measure.Median(oursTime),
                Measure.Median(oursWall),
                Measure.Median(bannedTime),
                Measure.Median(bannedWall),
                oursCount,
                bannedCount,
                byAnalyzer.ToDictionary(p => p.Key, p => Measure.Median(p.Value)),
                Measure.Median(compilerCpu),
                Measure.Median(oursCpu),
                Measure.Median(bannedCpu),
                Measure.Median(floorCpu),
                Measure.Median(floorTime),
                Measure.Median(callbacksCpu));
        }

        private static async Task<(double Sum, double Wall, int Diagnostics, List<(string, double)> Split, double Cpu)> RunAnalyzersAsync(
            Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
        {
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
            var cpu = Measure.CpuMilliseconds();
            var watch = Stopwatch.StartNew();
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            var wall = watch.Elapsed.TotalMilliseconds;
            cpu = Measure.CpuMilliseconds() - cpu;
            var split = new List<(string, double)>();
            foreach (var analyzer in analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                split.Add((analyzer.GetType().Name, telemetry.ExecutionTime.TotalMilliseconds));
            }

            var failures = diagnostics.Where(d => d.Id == "AD0001").ToList();
            if (failures.Count > 0)
            {
                throw new InvalidOperationException("an analyzer threw: " + failures[0]);
            }

            return (split.Sum(s => s.Item2), wall, diagnostics.Length, split, cpu);
        }

        /// <summary>
        /// The floor of the CPU measure: an analyzer that asks for every symbol and does nothing, so the driver binds the
        /// whole compilation as it does for the others. CPU(set) - CPU(baseline) is what a set adds, operation trees included.
        /// </summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class BaselineAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Never = new("BENCH0001", "never", "never", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
                context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
            }
        }

        /// <summary>
        /// Asks for what our analyzers ask for (invocations, object creations, literals; types, whose members our
        /// analyzer checks in the same callback) and does nothing with it: the driver's cost of building operation trees and dispatching, which any
        /// operation analyzer pays (the SDK's default CA rules in a real build) and which is not our code's.
        /// </summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        internal sealed class OperationsFloorAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Never = new("BENCH0002", "never", "never", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
                context.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.Literal);
                context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
            }
        }
    }
}
