using System.Globalization;
using System.Text;
using Commons.Benchmarks.Build;
using Commons.Benchmarks.Corpus;
using Commons.Benchmarks.Records;

namespace Commons.Benchmarks.Cli
{
    internal sealed record CliResult(double CheckTypicalMs, double CheckLargeMs, int Runs, IReadOnlyList<(string Corpus, int Files, double Milliseconds)> Scans, string? ScanNote)
    {
        public string ToMarkdown()
        {
            var b = new StringBuilder();
            b.AppendLine(CultureInfo.InvariantCulture, $"CLI (`dotnet commons.dll`, Release build, wall clock of the whole process, median of {Runs}):");
            b.AppendLine();
            b.AppendLine("| command | wall (ms) | throughput |");
            b.AppendLine("|---|---:|---:|");
            b.AppendLine(CultureInfo.InvariantCulture, $"| `commons check` (typical record) | {CheckTypicalMs:F0} | |");
            b.AppendLine(CultureInfo.InvariantCulture, $"| `commons check` (large record) | {CheckLargeMs:F0} | |");
            foreach (var (corpus, files, ms) in Scans)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"| `commons scan` ({corpus}, {files} files) | {ms:F0} | {files / (ms / 1000):F0} files/s |");
            }

            if (ScanNote != null)
            {
                b.AppendLine().AppendLine(ScanNote);
            }

            return b.ToString();
        }
    }

    /// <summary>Wall clock of the <c>commons</c> CLI as a pipeline runs it: a new process per command.</summary>
    internal static class CliTimings
    {
        public static CliResult Run(string root, TextWriter log, int runs = 5)
        {
            var project = Path.Combine(root, "src", "Commons.Cli");
            var output = Path.Combine(Path.GetTempPath(), "commons-bench-cli-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            var work = Path.Combine(output, "work");
            try
            {
                log.WriteLine("cli: building src/Commons.Cli (Release)");
                DotNetProcess.RunOrThrow(root, null, "build", project, "-c", "Release", "-o", Path.Combine(output, "bin"), "-v:q");
                var dll = Path.Combine(output, "bin", "commons.dll");
                var typical = Path.Combine(work, "typical");
                var large = Path.Combine(work, "large");
                Directory.CreateDirectory(typical);
                Directory.CreateDirectory(large);
                File.WriteAllText(Path.Combine(typical, "commons-decision.yml"), RecordSamples.Typical + "\n");
                File.WriteAllText(Path.Combine(large, "commons-decision.yml"), RecordSamples.Large());

                double Time(params string[] arguments) => TimeRuns(runs, arguments);

                double TimeRuns(int count, params string[] arguments)
                {
                    var samples = new List<double>();
                    for (var i = 0; i < count + 1; i++)
                    {
                        var result = DotNetProcess.Run(work, null, new[] { dll }.Concat(arguments), msbuild: false);
                        if (result.ExitCode is not (0 or 1))
                        {
                            throw new InvalidOperationException("commons " + string.Join(" ", arguments) + " failed:\n" + DotNetProcess.Tail(result.Output));
                        }

                        if (i > 0)
                        {
                            samples.Add(result.Milliseconds); // the first run warms the disk cache
                        }
                    }

                    return Measure.Median(samples);
                }

                var checkTypical = Time("check", typical, "--today", "2026-06-14");
                var checkLarge = Time("check", large, "--today", "2026-06-14");
                log.WriteLine($"cli: check typical {checkTypical:F0} ms, large {checkLarge:F0} ms");

                var help = DotNetProcess.Run(work, null, new[] { dll, "--help" }, msbuild: false);
                var scans = new List<(string, int, double)>();
                string? note = null;
                if (help.Output.Contains("scan", StringComparison.Ordinal))
                {
                    foreach (var (name, lines) in new[] { ("generated-10k", 10_000), ("generated-100k", 100_000) })
                    {
                        var files = CorpusGenerator.Generate(lines);
                        var directory = Path.Combine(work, name);
                        CorpusGenerator.WriteTo(files, directory);
                        File.WriteAllText(Path.Combine(directory, "commons-decision.yml"), RecordSamples.Typical + "\n");
                        var ms = TimeRuns(3, "scan", directory, "--today", "2026-06-14");
                        scans.Add((name, files.Count, ms));
                        log.WriteLine($"cli: scan {name} {ms:F0} ms");
                    }
                }
                else
                {
                    note = "`commons scan` is not in this build of the CLI (`commons --help` does not list it): not measured.";
                }

                return new CliResult(checkTypical, checkLarge, runs, scans, note);
            }
            finally
            {
                try
                {
                    Directory.Delete(output, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
