using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Commons.Benchmarks.Analysis;
using Commons.Benchmarks.Corpus;
using Commons.Benchmarks.Records;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Commons.Benchmarks
{
    /// <summary>
    /// <c>--quick</c>: analyzer comparison (10k, 100k, own sources) and record validation, ratios and budget verdicts,
    /// in under five minutes on two cores. <c>--full</c>: also the 50-project build overhead and the CLI timings.
    /// <c>--bdn</c>: BenchmarkDotNet on record validation (allocations). Options: <c>--iterations N</c>,
    /// <c>--only analyzers|records|build|cli</c>, <c>--markdown FILE</c> (the tables, for docs/performance.md), <c>--cold-references</c> (each analyzer
    /// set on a brand-new compilation, see <see cref="AnalyzerComparison.RunAsync"/>).
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            if (args.Length == 2 && args[0] == "--cold-record")
            {
                return RecordTimings.Cold(args[1]);
            }

            if (args.Length >= 1 && args[0] == "--timed")
            {
                // Where our analyzers' time goes, action by action (--corpus 10k|100k|own|empty, 10k by default).
                await TimedRuns.RunAsync(PickCorpus(args, "10k"), Option(args, "--iterations") is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : 5, Console.Out);
                return 0;
            }

            if (args.Length >= 1 && args[0] == "--profile")
            {
                // For dotnet-trace: our analyzers alone, again and again, on the 100k corpus (or --profile banned; --corpus 10k|100k|own|empty).
                var corpus = PickCorpus(args, "100k");
                var set = args.Contains("banned") ? AnalyzerSets.BannedApi() : AnalyzerSets.Ours();
                for (var i = 0; i < (Option(args, "--iterations") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 3); i++)
                {
                    var with = corpus.Create().WithAnalyzers(set, new CompilationWithAnalyzersOptions(AnalyzerSets.Options(), null, true, true, false));
                    var watch = Stopwatch.StartNew();
                    var found = await with.GetAnalyzerDiagnosticsAsync();
                    Console.WriteLine($"profile run {i + 1}: {found.Length} diagnostics, {watch.ElapsedMilliseconds} ms");
                }

                return 0;
            }

            if (args.Length >= 1 && args[0] == "--probe")
            {
                // What a compilation-start action pays on a clone of a bound compilation: the catalog's type lookups.
                var corpus = new CorpusCompilation("generated-10k", CorpusGenerator.Generate(10_000), FrameworkReferences.Get().Append(BrickStubs.Reference));
                var bound = corpus.Create();
                bound.GetDiagnostics();
                var names = BrickStubs.CatalogTypes().Where(t => !t.IsNamespace).Select(t => Commons.Engine.Catalog.SymbolNames.ToMetadataName(t.Type)).ToList();
                for (var i = 0; i < 5; i++)
                {
                    var clone = bound.Clone();
                    var lookups = Measure.Milliseconds(() => { foreach (var name in names) { clone.GetTypesByMetadataName(name); } });
                    var again = Measure.Milliseconds(() => { foreach (var name in names) { clone.GetTypesByMetadataName(name); } });
                    var clone2 = bound.Clone();
                    var global = Measure.Milliseconds(() => clone2.GlobalNamespace.GetNamespaceMembers().ToList());
                    var clone3 = bound.Clone();
                    var single = Measure.Milliseconds(() => clone3.GetTypeByMetadataName("System.Net.Mail.SmtpClient"));
                    Console.WriteLine($"probe {i}: {names.Count} GetTypesByMetadataName {lookups:F1} ms (again {again:F2}), global namespace members {global:F1} ms, one GetTypeByMetadataName {single:F1} ms");
                }

                return 0;
            }

            if (args.Contains("--hostile"))
            {
                // Time per MB of the host matcher and of each language's scan patterns on their worst shapes (docs/reliability.md).
                return Hostile.HostileShapes.Run(Console.Out);
            }

            if (args.Contains("--scan-cost"))
            {
                // commons scan on one large generated repository: text pre-filter against --full-binding (docs/performance.md).
                var lines = Option(args, "--lines") is { } l ? int.Parse(l, CultureInfo.InvariantCulture) : 150_000;
                var runs = Option(args, "--iterations") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 3;
                return Commons.Benchmarks.Cli.ScanCost.Run(OwnSources.FindRepositoryRoot(), lines, runs, Option(args, "--keep"));
            }

            if (args.Contains("--bdn"))
            {
                var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)).WithOptions(ConfigOptions.DisableOptimizationsValidator);
                BenchmarkRunner.Run<RecordValidationBenchmarks>(config);
                return 0;
            }

            var full = args.Contains("--full");
            if (!full && !args.Contains("--quick"))
            {
                Console.Error.WriteLine("usage: Commons.Benchmarks --quick | --full | --bdn [--iterations N] [--only analyzers|records|build|cli] [--markdown FILE] [--cold-references]");
                return 2;
            }

            var iterations = Option(args, "--iterations") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : (full ? 7 : 3);
            var only = Option(args, "--only");
            var report = new Report(full ? "full" : "quick", iterations);
            var total = Stopwatch.StartNew();
            var root = OwnSources.FindRepositoryRoot();

            // Records first, in a fresh process: after the 100k compilations the heap is large and a warm validation pays for it.
            if (only is null or "records")
            {
                foreach (var name in new[] { "typical", "large" })
                {
                    var timing = RecordTimings.Run(name, coldProcesses: full ? 7 : 3, warmups: 200, iterations: name == "large" ? 200 : 1000);
                    Console.WriteLine($"record {name}: cold {timing.ColdMs:F1} ms, warm {timing.WarmMedianMs:F3} ms (p95 {timing.WarmP95Ms:F3}), {timing.AllocatedBytes / 1024:F0} KiB allocated");
                    report.Records.Add(timing);
                }
            }

            if (only is null or "analyzers")
            {
                var references = FrameworkReferences.Get().Append(BrickStubs.Reference).ToList();
                var corpora = new List<(CorpusCompilation Corpus, int Warmups, int Iterations)>
                {
                    (new CorpusCompilation("generated-10k", CorpusGenerator.Generate(10_000), references), 2, iterations),
                    (OwnSources.Load(root), 1, iterations),
                    (new CorpusCompilation("generated-100k", CorpusGenerator.Generate(100_000), references), full ? 1 : 0, iterations),
                };
                foreach (var (corpus, warmups, count) in corpora)
                {
                    var errors = corpus.Errors();
                    Console.WriteLine($"{corpus.Name}: {corpus.Files.Count} files, {corpus.Lines} lines, {errors.Count} compiler errors");
                    foreach (var error in errors.Take(5))
                    {
                        Console.WriteLine("  " + error);
                    }

                    report.Corpora.Add(await AnalyzerComparison.RunAsync(corpus, warmups, count, Console.Out, args.Contains("--cold-references")));
                }
            }

            if (full && only is null or "build")
            {
                report.Build = Build.BuildOverhead.Run(
                    root,
                    Console.Out,
                    fullBuilds: Option(args, "--full-builds") is { } f ? int.Parse(f, CultureInfo.InvariantCulture) : 1,
                    noOpBuilds: Option(args, "--no-op-builds") is { } o ? int.Parse(o, CultureInfo.InvariantCulture) : 10,
                    keep: Option(args, "--keep"));
            }

            if (full && only is null or "cli")
            {
                report.Cli = Cli.CliTimings.Run(root, Console.Out);
            }

            report.Elapsed = total.Elapsed;
            report.LoadAtEnd = Measure.LoadAverage();
            var markdown = report.ToMarkdown();
            Console.WriteLine();
            Console.WriteLine(markdown);
            if (Option(args, "--markdown") is { } file)
            {
                File.WriteAllText(file, markdown);
            }

            return 0;
        }

        /// <summary>
        /// The corpus named by <c>--corpus 10k|100k|own|empty</c>; with <c>--generated</c>, every file carries an
        /// <c>// &lt;auto-generated/&gt;</c> header, to measure what analyzing generated code costs (issue 15).
        /// </summary>
        private static CorpusCompilation PickCorpus(string[] args, string fallback)
        {
            var corpus = PickPlainCorpus(args, fallback);
            return Array.IndexOf(args, "--generated") < 0
                ? corpus
                : new CorpusCompilation(corpus.Name + "-generated", corpus.Files.Select(f => f with { Text = "// <auto-generated/>\n" + f.Text }).ToList(), FrameworkReferences.Get().Append(BrickStubs.Reference));
        }

        private static CorpusCompilation PickPlainCorpus(string[] args, string fallback)
        {
            var references = FrameworkReferences.Get().Append(BrickStubs.Reference);
            return (Option(args, "--corpus") ?? fallback) switch
            {
                "10k" => new CorpusCompilation("generated-10k", CorpusGenerator.Generate(10_000), references),
                "100k" => new CorpusCompilation("generated-100k", CorpusGenerator.Generate(100_000), references),
                "own" => OwnSources.Load(OwnSources.FindRepositoryRoot()),
                // One class: what our analyzers cost on a compilation with (almost) no code is their fixed cost.
                "empty" => new CorpusCompilation("empty", new[] { new SourceFile("App/Empty.cs", "namespace App { public sealed class Empty { public string Name { get; set; } = \"\"; } }\n") }, references),
                var other => throw new ArgumentException("--corpus 10k|100k|own|empty, not " + other),
            };
        }

        private static string? Option(string[] args, string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
    }
}
