using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Commons.Engine.Record;

namespace Commons.Benchmarks.Records
{
    /// <summary>BenchmarkDotNet: warm validation of both records, with allocations (<c>--bdn</c>).</summary>
    [MemoryDiagnoser]
    public class RecordValidationBenchmarks
    {
        private string _large = string.Empty;

        [GlobalSetup]
        public void Setup() => _large = RecordSamples.Large();

        [Benchmark(Baseline = true)]
        public ValidationResult Typical() => RecordTimings.Validate(RecordSamples.Typical);

        [Benchmark]
        public ValidationResult Large() => RecordTimings.Validate(_large);
    }

    internal sealed record RecordTiming(string Name, int Lines, int Findings, double ColdMs, double WarmMedianMs, double WarmP95Ms, double AllocatedBytes);

    /// <summary>
    /// The Stopwatch harness of quick mode. Warm: the same process, after warm-up, one validation at a time (median
    /// and 95th percentile), allocation from the thread's allocation counter. Cold: the first validation in a new
    /// process (loading the engine and YamlDotNet, reading the embedded policy data, JIT), median of several processes.
    /// </summary>
    internal static class RecordTimings
    {
        private static readonly ValidationOptions Options = new() { Culture = CultureInfo.GetCultureInfo("en"), Today = () => new DateTime(2026, 6, 14) };

        public static ValidationResult Validate(string text) => new RecordValidator(Options).ValidateText(text, "/repo/commons-decision.yml");

        public static string Text(string name) => name == "large" ? RecordSamples.Large() : RecordSamples.Typical;

        /// <summary>Run inside a child process: one validation, its time on stdout.</summary>
        public static int Cold(string name)
        {
            var text = Text(name);
            var watch = Stopwatch.StartNew();
            var result = Validate(text);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine(elapsed.ToString("F3", CultureInfo.InvariantCulture) + " " + result.Findings.Count);
            return 0;
        }

        public static RecordTiming Run(string name, int coldProcesses, int warmups, int iterations)
        {
            var text = Text(name);
            var cold = new List<double>();
            for (var i = 0; i < coldProcesses; i++)
            {
                cold.Add(ColdInChild(name));
            }

            // Warm up by count and by time: with tiered compilation and dynamic PGO the runtime goes through
            // unoptimised and instrumented code before the final one, in the background; on two cores that took more
            // than a second here (after 1 s the typical record still measured 0.45 ms, after 5 s 0.04 ms, as
            // BenchmarkDotNet's --bdn, which warms up for longer, and as with DOTNET_TieredPGO=0 from the start).
            var findings = 0;
            var warming = Stopwatch.StartNew();
            for (var i = 0; i < warmups || warming.ElapsedMilliseconds < 5_000; i++)
            {
                findings = Validate(text).Findings.Count;
            }

            Measure.Settle();
            var samples = new double[iterations];
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < iterations; i++)
            {
                var watch = Stopwatch.StartNew();
                Validate(text);
                samples[i] = watch.Elapsed.TotalMilliseconds;
            }

            var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)iterations;
            var lines = text.Count(c => c == '\n') + 1;
            return new RecordTiming(name, lines, findings, Measure.Median(cold), Measure.Median(samples), Measure.Percentile(samples, 0.95), allocated);
        }

        private static double ColdInChild(string name)
        {
            var self = Environment.ProcessPath!;
            var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                info.ArgumentList.Add(typeof(RecordTimings).Assembly.Location);
            }

            info.ArgumentList.Add("--cold-record");
            info.ArgumentList.Add(name);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("cold record run failed: " + output);
            }

            return double.Parse(output.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
    }
}
