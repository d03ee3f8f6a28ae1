using System.Globalization;
using System.Text;
using Commons.Benchmarks.Analysis;
using Commons.Benchmarks.Build;
using Commons.Benchmarks.Cli;
using Commons.Benchmarks.Records;

namespace Commons.Benchmarks
{
    /// <summary>The figures of one run, as Markdown tables with the budgets' verdicts.</summary>
    internal sealed class Report
    {
        public Report(string mode, int iterations)
        {
            Mode = mode;
            Iterations = iterations;
            LoadAtStart = Measure.LoadAverage();
        }

        public string Mode { get; }

        public int Iterations { get; }

        public double LoadAtStart { get; }

        public double LoadAtEnd { get; set; }

        public TimeSpan Elapsed { get; set; }

        public List<CorpusResult> Corpora { get; } = new();

        public List<RecordTiming> Records { get; } = new();

        public BuildResult? Build { get; set; }

        public CliResult? Cli { get; set; }

        public string ToMarkdown()
        {
            var b = new StringBuilder();
            b.AppendLine(CultureInfo.InvariantCulture, $"Mode {Mode}; {Environment.ProcessorCount} logical cores; load average {LoadAtStart:F1} at start, {LoadAtEnd:F1} at end; {Elapsed.TotalSeconds:F0} s; .NET {Environment.Version}; Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}.");
            var verdicts = new List<(string Budget, string Figure, bool Met)>();
            if (Corpora.Count > 0)
            {
                b.AppendLine();
                b.AppendLine("Analyzer execution time (Roslyn telemetry: callbacks summed over threads, medians). The compiler's CPU time is its time summed over threads too (concurrent build), the fair denominator; its wall clock is given as well. \"do-nothing\" is an analyzer with our registrations and empty callbacks:");
                b.AppendLine();
                b.AppendLine("| corpus | files | lines | compiler wall (ms) | compiler CPU (ms) | ours (ms) | BannedApi (ms) | ours / BannedApi | ours / compiler CPU | ours / compiler wall | do-nothing (ms) | ours wall (ms) | BannedApi wall (ms) | findings ours / BannedApi |");
                b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
                foreach (var c in Corpora)
                {
                    b.AppendLine(CultureInfo.InvariantCulture, $"| {c.Name} | {c.Files} | {c.Lines} | {c.CompilerMs:F0} | {c.CompilerCpuMs:F0} | {c.OursMs:F1} | {c.BannedMs:F1} | {c.OursOverBanned:F2} | {c.OursMs / c.CompilerCpuMs:P2} | {c.OursOverCompiler:P2} | {c.FloorMs:F1} | {c.OursWallMs:F0} | {c.BannedWallMs:F0} | {c.OursDiagnostics} / {c.BannedDiagnostics} |");
                }

                b.AppendLine();
                b.AppendLine("CPU time (process, all threads; insensitive to other processes' load). Analyzer figures are what each set adds to a CompilationWithAnalyzers over a do-nothing analyzer (operation trees included):");
                b.AppendLine();
                b.AppendLine("| corpus | compiler CPU (ms) | operations floor (ms) | ours CPU (ms) | BannedApi CPU (ms) | ours / BannedApi | ours / compiler | ours minus floor | that / compiler |");
                b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
                foreach (var c in Corpora)
                {
                    b.AppendLine(CultureInfo.InvariantCulture, $"| {c.Name} | {c.CompilerCpuMs:F0} | {c.OperationsCpuMs:F0} | {c.OursCpuMs:F0} | {c.BannedCpuMs:F0} | {c.OursOverBannedCpu:F2} | {c.OursOverCompilerCpu:P1} | {c.OursOwnCpuMs:F0} | {c.OursOwnCpuMs / c.CompilerCpuMs:P1} |");
                }

                b.AppendLine();
                b.AppendLine("Our analyzers, one by one (median execution time, ms):");
                b.AppendLine();
                var names = Corpora.SelectMany(c => c.OursByAnalyzer.Keys).Distinct().ToList();
                b.AppendLine("| corpus | " + string.Join(" | ", names) + " |");
                b.AppendLine("|---|" + string.Concat(names.Select(_ => "---:|")));
                foreach (var c in Corpora)
                {
                    b.AppendLine("| " + c.Name + " | " + string.Join(" | ", names.Select(n => c.OursByAnalyzer.TryGetValue(n, out var ms) ? ms.ToString("F1", CultureInfo.InvariantCulture) : "")) + " |");
                }

                foreach (var c in Corpora)
                {
                    verdicts.Add(($"ours ≤ 0.4× BannedApiAnalyzers ({c.Name}): telemetry", $"{c.OursMs:F1} ms vs {c.BannedMs:F1} ms (×{c.OursOverBanned:F2})", c.OursMs <= 0.4 * c.BannedMs));
                    verdicts.Add(($"ours ≤ 1.5% of the compiler ({c.Name}): our callbacks' own CPU / compiler CPU", $"{c.CallbacksCpuMs:F1} ms, {c.CallbacksOverCompilerCpu:P2}", c.CallbacksOverCompilerCpu <= 0.015));
                    verdicts.Add(($"ours ≤ 1.5% of the compiler ({c.Name}): telemetry / compiler CPU (GC pauses and load included)", $"{c.OursMs / c.CompilerCpuMs:P2}", c.OursMs / c.CompilerCpuMs <= 0.015));
                    verdicts.Add(($"ours ≤ 3% of the compiler ({c.Name}): telemetry / compiler wall (issue 6)", $"{c.OursOverCompiler:P2}", c.OursOverCompiler <= 0.03));
                }

                var small = Corpora.FirstOrDefault(c => c.Name == "generated-10k");
                var large = Corpora.FirstOrDefault(c => c.Name == "generated-100k");
                if (small != null && large != null)
                {
                    var lineRatio = (double)large.Lines / small.Lines;
                    var costRatio = large.OursMs / small.OursMs;
                    var allowed = 11 * lineRatio / 10;
                    b.AppendLine();
                    b.AppendLine(CultureInfo.InvariantCulture, $"Scaling 10k → 100k: lines ×{lineRatio:F2}; ours ×{costRatio:F2}; BannedApi ×{large.BannedMs / small.BannedMs:F2}; compiler ×{large.CompilerMs / small.CompilerMs:F2}.");
                    verdicts.Add(("100k ≤ 11× the 10k (ours, per line)", $"×{costRatio:F2} for ×{lineRatio:F2} lines (allowed ×{allowed:F2})", costRatio <= allowed));
                }
            }

            if (Records.Count > 0)
            {
                b.AppendLine();
                b.AppendLine("| record | lines | findings | cold (ms) | warm median (ms) | warm p95 (ms) | allocated per validation |");
                b.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
                foreach (var r in Records)
                {
                    b.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Lines} | {r.Findings} | {r.ColdMs:F1} | {r.WarmMedianMs:F3} | {r.WarmP95Ms:F3} | {r.AllocatedBytes / 1024:F1} KiB |");
                    verdicts.Add(($"warm validation ≤ 5 ms ({r.Name})", $"{r.WarmMedianMs:F3} ms", r.WarmMedianMs <= 5));
                }
            }

            if (Build != null)
            {
                b.AppendLine();
                b.AppendLine(Build.ToMarkdown());
                verdicts.Add(("50-project no-op build ≤ 5% slower with the package (wall, median of pairs)", Build.NoOpWall.ToString(), Build.NoOpWall.Median <= 0.05));
                verdicts.Add(("50-project no-op build ≤ 5% slower with the package (CPU, median of pairs)", Build.NoOpCpu.ToString(), Build.NoOpCpu.Median <= 0.05));
            }

            if (Cli != null)
            {
                b.AppendLine();
                b.AppendLine(Cli.ToMarkdown());
            }

            b.AppendLine();
            b.AppendLine("| budget | measured | verdict |");
            b.AppendLine("|---|---|---|");
            foreach (var (budget, figure, met) in verdicts)
            {
                b.AppendLine($"| {budget} | {figure} | {(met ? "met" : "**missed**")} |");
            }

            return b.ToString();
        }
    }
}
