using System.Collections.Immutable;
using System.Globalization;
using Commons.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Commons.Benchmarks.Analysis
{
    /// <summary>
    /// <c>--timed</c>: per iteration, the compiler binds a fresh compilation, then our analyzers run on it as in
    /// <see cref="AnalyzerComparison"/> (Roslyn telemetry per analyzer), then again each wrapped in a
    /// <see cref="TimedAnalyzer"/>: how much of an analyzer's time is its compilation-start action, and which kind
    /// of callback holds the rest, with the slowest single callback.
    /// </summary>
    internal static class TimedRuns
    {
        public static async Task RunAsync(CorpusCompilation corpus, int iterations, TextWriter log)
        {
            var plain = AnalyzerSets.Ours();
            // The do-nothing analyzer, timed the same way: what the proxy itself costs per callback.
            var timed = plain.Append(new AnalyzerComparison.OperationsFloorAnalyzer()).Select(a => new TimedAnalyzer(a)).ToList();
            var timedSet = ImmutableArray.CreateRange<DiagnosticAnalyzer>(timed);
            var options = AnalyzerSets.Options();
            log.WriteLine($"{corpus.Name}: {corpus.Files.Count} files, {corpus.Lines} lines, load {Measure.LoadAverage():F1}");
            for (var i = 0; i < iterations; i++)
            {
                Measure.Settle();
                var compilation = corpus.Create();
                var compileCpu = Measure.CpuMilliseconds();
                var compile = Measure.Milliseconds(() => compilation.GetDiagnostics());
                compileCpu = Measure.CpuMilliseconds() - compileCpu;
                var gcBefore = GC.CollectionCount(0);
                var pauseBefore = GC.GetTotalPauseDuration();

                Measure.Settle();
                var plainTimes = await TelemetryAsync(compilation, plain, options).ConfigureAwait(false);

                foreach (var analyzer in timed)
                {
                    analyzer.Reset();
                }

                Measure.Settle();
                var timedTimes = await TelemetryAsync(compilation, timedSet, options).ConfigureAwait(false);
                var gcs = GC.CollectionCount(0) - gcBefore;
                var pauses = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;

                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}: compiler {compile:F0} ms ({compileCpu:F0} ms of CPU), load {Measure.LoadAverage():F1}; during both analyzer runs: {gcs} GCs, {pauses:F0} ms of GC pauses"));
                for (var a = 0; a < timed.Count; a++)
                {
                    var telemetry = a < plainTimes.Count ? plainTimes[a] : double.NaN;
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timed[a].Name,-28} telemetry {telemetry,6:F1} ms (wrapped {timedTimes[a],6:F1})"));
                    foreach (var (kind, times) in timed[a].Times.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {kind,-30} {times.Count,5} calls {times.SumMs,7:F1} ms (GC pauses {times.GcPauseMs,6:F1}, {times.Collections} GCs begun; thread CPU {times.CpuMs,6:F1}; {times.AllocatedBytes / 1024.0,7:F1} KiB allocated), slowest {times.MaxMs,6:F2} ms (GC {times.SlowestSample.GcPauseMs:F1}, CPU {times.SlowestSample.CpuMs:F2}): {times.Slowest}"));
                    }
                }

                var net = OwnCpu(timed);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ours, own CPU: {net.CpuMs:F1} ms of thread CPU in {net.Calls} callbacks, minus the proxy's {net.ProxyMs:F1} ms (the do-nothing analyzer's CPU per call): {net.NetMs:F1} ms = {100 * net.NetMs / compileCpu:F2} % of the compiler's CPU"));
            }
        }

        /// <summary>
        /// What our callbacks cost in CPU, whatever the machine's load and the collector's pauses (which Roslyn's
        /// telemetry charges, as wall time, to whichever callback is running): the threads' CPU time inside our
        /// callbacks, minus what the proxy's own clocks cost per call, measured on the do-nothing analyzer (the last
        /// one of <paramref name="timed"/>) the same way.
        /// </summary>
        internal static (double CpuMs, long Calls, double ProxyMs, double NetMs) OwnCpu(IReadOnlyList<TimedAnalyzer> timed)
        {
            var floor = timed[^1].Times.Values.ToList();
            var perCall = floor.Sum(t => t.CpuMs) / Math.Max(1, floor.Sum(t => t.Count));
            var ours = timed.Take(timed.Count - 1).SelectMany(a => a.Times.Values).ToList();
            var cpu = ours.Sum(t => t.CpuMs);
            var calls = ours.Sum(t => (long)t.Count);
            var proxy = perCall * calls;
            return (cpu, calls, proxy, Math.Max(0, cpu - proxy));
        }

        private static async Task<List<double>> TelemetryAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
        {
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            if (diagnostics.Any(d => d.Id == "AD0001"))
            {
                throw new InvalidOperationException("an analyzer threw: " + diagnostics.First(d => d.Id == "AD0001"));
            }

            var times = new List<double>();
            foreach (var analyzer in analyzers)
            {
                times.Add((await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime.TotalMilliseconds);
            }

            return times;
        }
    }
}
