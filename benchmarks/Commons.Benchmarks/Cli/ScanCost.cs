using System.Diagnostics;
using System.Globalization;
using Commons.Benchmarks.Build;
using Commons.Benchmarks.Corpus;
using Commons.Benchmarks.Records;

namespace Commons.Benchmarks.Cli
{
    /// <summary>
    /// <c>--scan-cost</c>: what <c>commons scan</c> costs on one large C# repository, with the text pre-filter (the
    /// default) and with <c>--full-binding</c> (every method body bound, the former behaviour): CPU time (user + system)
    /// and peak resident memory of the process, from <c>/usr/bin/time</c>, and whether both found the same findings.
    /// </summary>
    internal static class ScanCost
    {
        public static int Run(string root, int lines, int runs, string? keep)
        {
            var time = "/usr/bin/time";
            if (!File.Exists(time))
            {
                Console.Error.WriteLine("--scan-cost needs /usr/bin/time (apt-get install time)");
                return 2;
            }

            var output = keep ?? Path.Combine(Path.GetTempPath(), "commons-bench-scan-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            try
            {
                DotNetProcess.RunOrThrow(root, null, "build", Path.Combine(root, "src", "Commons.Cli"), "-c", "Release", "-o", Path.Combine(output, "bin"), "-v:q");
                var dll = Path.Combine(output, "bin", "commons.dll");
                var corpus = Path.Combine(output, "corpus");
                var files = CorpusGenerator.Generate(lines);
                CorpusGenerator.WriteTo(files, corpus);
                File.WriteAllText(Path.Combine(corpus, "commons-decision.yml"), RecordSamples.Typical + "\n");
                var total = files.Sum(f => f.Text.Split('\n').Length);
                Console.WriteLine($"corpus: {files.Count} files, {total} lines");

                string? reference = null;
                foreach (var mode in new[] { "--full-binding", "(pre-filter)" })
                {
                    var samples = new List<(double Cpu, double Wall, long PeakKb)>();
                    for (var run = 0; run < runs + 1; run++)
                    {
                        var json = Path.Combine(output, "scan.json");
                        var arguments = new List<string> { "-f", "%U %S %e %M", "dotnet", dll, "scan", corpus, "--format", "json", "--output", json, "--today", "2026-06-14" };
                        if (mode.StartsWith("--", StringComparison.Ordinal))
                        {
                            arguments.Add(mode);
                        }

                        var start = new ProcessStartInfo(time) { RedirectStandardError = true, RedirectStandardOutput = true };
                        arguments.ForEach(start.ArgumentList.Add);
                        using var process = Process.Start(start)!;
                        process.StandardOutput.ReadToEnd();
                        var measured = process.StandardError.ReadToEnd().Trim().Split('\n').Last().Split(' ');
                        process.WaitForExit();
                        var findings = string.Join("\n", File.ReadAllLines(json).Where(l => l.Contains("\"file\"", StringComparison.Ordinal) || l.Contains("\"line\"", StringComparison.Ordinal) || l.Contains("\"id\"", StringComparison.Ordinal)));
                        reference ??= findings;
                        if (findings != reference)
                        {
                            Console.WriteLine("  FINDINGS DIFFER from --full-binding");
                        }

                        if (run == 0)
                        {
                            continue; // warm-up: disk cache and JIT of the SDK
                        }

                        samples.Add((double.Parse(measured[0], CultureInfo.InvariantCulture) + double.Parse(measured[1], CultureInfo.InvariantCulture), double.Parse(measured[2], CultureInfo.InvariantCulture), long.Parse(measured[3], CultureInfo.InvariantCulture)));
                    }

                    var cpu = samples.Select(s => s.Cpu).OrderBy(v => v).ElementAt(samples.Count / 2);
                    var wall = samples.Select(s => s.Wall).OrderBy(v => v).ElementAt(samples.Count / 2);
                    var peak = samples.Select(s => s.PeakKb).OrderBy(v => v).ElementAt(samples.Count / 2);
                    Console.WriteLine($"{mode}: CPU {cpu:F1} s, wall {wall:F1} s, peak {peak / 1024} MB, {total / cpu:F0} lines per CPU second (median of {samples.Count})");
                }

                return 0;
            }
            finally
            {
                if (keep == null)
                {
                    Directory.Delete(output, recursive: true);
                }
            }
        }
    }
}
