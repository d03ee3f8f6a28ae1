using System.Globalization;
using System.Text;
using Commons.Benchmarks.Records;

namespace Commons.Benchmarks.Build
{
    /// <summary>The builds of one copy of the solution, in run order (wall and CPU in ms).</summary>
    internal sealed record BuildSamples(string Name, string Description)
    {
        public List<double> FullWall { get; } = new();

        public List<double> FullCpu { get; } = new();

        public List<double> NoOpWall { get; } = new();

        public List<double> NoOpCpu { get; } = new();
    }

    internal sealed record BuildResult(int Projects, BuildSamples Without, BuildSamples Floor, BuildSamples With)
    {
        /// <summary>
        /// The no-op overhead of <paramref name="copy"/> over <paramref name="baseline"/>: the median of the ratios of
        /// builds run back to back (pairs), which cancels most of a drift in the machine's load.
        /// </summary>
        public static PairedOverhead Paired(IReadOnlyList<double> copy, IReadOnlyList<double> baseline)
        {
            var ratios = copy.Zip(baseline, (c, b) => c / b - 1).OrderBy(r => r).ToList();
            return new PairedOverhead(Measure.Median(ratios), ratios[0], ratios[^1], ratios.Count);
        }

        public PairedOverhead NoOpWall => Paired(With.NoOpWall, Without.NoOpWall);

        public PairedOverhead NoOpCpu => Paired(With.NoOpCpu, Without.NoOpCpu);

        public string ToMarkdown()
        {
            var b = new StringBuilder();
            b.AppendLine(CultureInfo.InvariantCulture, $"Build of a {Projects}-project solution sharing one record (`dotnet build --no-restore`, seconds, medians; overheads are medians of back-to-back pairs, with the range):");
            b.AppendLine();
            b.AppendLine("| copy | full wall | full CPU | no-op wall | no-op CPU | no-op wall vs none | no-op CPU vs none | no-op CPU vs analyzers only |");
            b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var copy in new[] { Without, Floor, With })
            {
                var vsNoneWall = copy == Without ? "" : Paired(copy.NoOpWall, Without.NoOpWall).ToString();
                var vsNoneCpu = copy == Without ? "" : Paired(copy.NoOpCpu, Without.NoOpCpu).ToString();
                var vsFloorCpu = copy == With ? Paired(copy.NoOpCpu, Floor.NoOpCpu).ToString() : "";
                b.AppendLine(CultureInfo.InvariantCulture,
                    $"| {copy.Description} | {Seconds(copy.FullWall)} | {Seconds(copy.FullCpu)} | {Seconds(copy.NoOpWall)} | {Seconds(copy.NoOpCpu)} | {vsNoneWall} | {vsNoneCpu} | {vsFloorCpu} |");
            }

            b.AppendLine();
            b.AppendLine("No-op samples, wall/CPU (s), in run order, none | analyzers only | package: " + string.Join("; ", Without.NoOpWall.Select((_, i) =>
                string.Join(" | ", new[] { Without, Floor, With }.Select(c => $"{c.NoOpWall[i] / 1000:F1}/{c.NoOpCpu[i] / 1000:F1}")))));
            return b.ToString();
        }

        private static string Seconds(IReadOnlyList<double> samples) => samples.Count == 0 ? "" : (Measure.Median(samples) / 1000).ToString("F2", CultureInfo.InvariantCulture);
    }

    internal sealed record PairedOverhead(double Median, double Min, double Max, int Pairs)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Median:+0.0%;-0.0%;0.0%} ({Min:+0%;-0%;0%} to {Max:+0%;-0%;0%})");
    }

    /// <summary>
    /// A generated solution of 50 class libraries (a tree of project references) sharing one commons-decision.yml at
    /// the repository root, in three copies: one without any package, one with an "analyzers only" package (the
    /// Commons.Analyzers package stripped of its build files and tasks, renamed: what any analyzer package costs a
    /// build), and one with the Commons.Analyzers package (packed from this repository into a temporary feed) in
    /// Directory.Build.props. Full builds after a clean, then no-op builds, the copies in turn so that a change of
    /// the machine's load hits all alike.
    /// </summary>
    internal static class BuildOverhead
    {
        public const int ProjectCount = 50;

        private const string FloorPackageId = "Commons.Analyzers.AnalyzersOnly";

        /// <param name="keep">A folder to generate the copies in and leave behind (to profile a build by hand); null for a temporary one.</param>
        public static BuildResult Run(string root, TextWriter log, int fullBuilds = 1, int noOpBuilds = 10, string? keep = null)
        {
            var work = keep != null ? Path.GetFullPath(keep) : Path.Combine(Path.GetTempPath(), "commons-bench-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            var packages = Path.Combine(work, "packages");
            var feed = Path.Combine(work, "feed");
            try
            {
                log.WriteLine("build: packing Commons.Analyzers into " + feed);
                DotNetProcess.RunOrThrow(root, null, "pack", Path.Combine(root, "src", "Commons.Analyzers.Package", "Commons.Analyzers.Package.csproj"), "-c", "Release", "-o", feed,
                    "--artifacts-path", Path.Combine(work, "artifacts"), "-v:q"); // the repository's bin/ and obj/ stay untouched
                WriteAnalyzersOnlyPackage(feed);
                var copies = new[]
                {
                    (Samples: new BuildSamples("without", "no package"), PackageId: (string?)null),
                    (Samples: new BuildSamples("floor", "analyzers only (no build files)"), PackageId: FloorPackageId),
                    (Samples: new BuildSamples("with", "Commons.Analyzers"), PackageId: "Commons.Analyzers"),
                };
                foreach (var (samples, packageId) in copies)
                {
                    var repo = Generate(Path.Combine(work, samples.Name), feed, packageId);
                    var restore = DotNetProcess.RunOrThrow(repo, packages, "restore", "Bench.sln", "-v:q");
                    log.WriteLine($"build: restored {samples.Name} in {restore.Milliseconds / 1000:F1} s");
                }

                for (var i = 0; i < fullBuilds; i++)
                {
                    foreach (var (samples, _) in copies)
                    {
                        var repo = Path.Combine(work, samples.Name);
                        Clean(repo);
                        var build = DotNetProcess.RunOrThrow(repo, packages, "build", "Bench.sln", "--no-restore", "-v:q");
                        samples.FullWall.Add(build.Milliseconds);
                        samples.FullCpu.Add(build.CpuMilliseconds);
                        log.WriteLine($"build: full {samples.Name} {build.Milliseconds / 1000:F1} s, CPU {build.CpuMilliseconds / 1000:F1} s (load {Measure.LoadAverage():F1})");
                    }
                }

                // Round -1 is a warm-up, not recorded (the first no-op build after a full one does extra work). Each
                // round starts with another copy, so a load that rises during a round does not always land on the same one.
                for (var i = -1; i < noOpBuilds; i++)
                {
                    for (var k = 0; k < copies.Length; k++)
                    {
                        var samples = copies[(k + Math.Max(i, 0)) % copies.Length].Samples;
                        var build = DotNetProcess.RunOrThrow(Path.Combine(work, samples.Name), packages, "build", "Bench.sln", "--no-restore", "-v:q");
                        log.WriteLine($"build: no-op {samples.Name} {build.Milliseconds / 1000:F1} s, CPU {build.CpuMilliseconds / 1000:F1} s (load {Measure.LoadAverage():F1}){(i < 0 ? " (warm-up)" : "")}");
                        if (i >= 0)
                        {
                            samples.NoOpWall.Add(build.Milliseconds);
                            samples.NoOpCpu.Add(build.CpuMilliseconds);
                        }
                    }
                }

                var stamps = Directory.GetFiles(Path.Combine(work, "with", "src"), "commons-decision.*.stamp", SearchOption.AllDirectories).Length;
                if (stamps != ProjectCount)
                {
                    throw new InvalidOperationException($"the package's check ran in {stamps} of {ProjectCount} projects of the 'with' copy");
                }

                return new BuildResult(ProjectCount, copies[0].Samples, copies[1].Samples, copies[2].Samples);
            }
            finally
            {
                if (keep != null)
                {
                    log.WriteLine("build: the copies are kept in " + work + " (NUGET_PACKAGES=" + packages + ")");
                }
                else
                {
                    TryDelete(work);
                }
            }
        }

        /// <summary>
        /// The floor: the same analyzers in a package without build/, buildTransitive/ or tasks/ (so no targets, no
        /// record), under another id. What it costs is what any analyzer package costs; the rest is ours.
        /// </summary>
        private static void WriteAnalyzersOnlyPackage(string feed)
        {
            var source = Directory.GetFiles(feed, "Commons.Analyzers.*.nupkg").Single(f => char.IsDigit(Path.GetFileName(f)["Commons.Analyzers.".Length]));
            var version = Path.GetFileNameWithoutExtension(source).Substring("Commons.Analyzers.".Length);
            using var input = System.IO.Compression.ZipFile.OpenRead(source);
            using var output = System.IO.Compression.ZipFile.Open(Path.Combine(feed, FloorPackageId + "." + version + ".nupkg"), System.IO.Compression.ZipArchiveMode.Create);
            foreach (var entry in input.Entries)
            {
                var name = entry.FullName;
                if (name.StartsWith("build/", StringComparison.Ordinal) || name.StartsWith("buildTransitive/", StringComparison.Ordinal) ||
                    name.StartsWith("tasks/", StringComparison.Ordinal) || name.StartsWith("package/", StringComparison.Ordinal) ||
                    name.StartsWith("_rels/", StringComparison.Ordinal) || name == "[Content_Types].xml")
                {
                    continue;
                }

                if (name.EndsWith(".nuspec", StringComparison.Ordinal))
                {
                    using var reader = new StreamReader(entry.Open());
                    var nuspec = reader.ReadToEnd().Replace("<id>Commons.Analyzers</id>", "<id>" + FloorPackageId + "</id>", StringComparison.Ordinal);
                    using var writer = new StreamWriter(output.CreateEntry(FloorPackageId + ".nuspec").Open());
                    writer.Write(nuspec);
                    continue;
                }

                using var from = entry.Open();
                using var to = output.CreateEntry(name).Open();
                from.CopyTo(to);
            }
        }

        private static void TryDelete(string work)
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private static void Clean(string repo)
        {
            foreach (var project in Directory.GetDirectories(Path.Combine(repo, "src")))
            {
                var bin = Path.Combine(project, "bin");
                if (Directory.Exists(bin))
                {
                    Directory.Delete(bin, recursive: true);
                }

                var obj = Path.Combine(project, "obj");
                foreach (var configuration in new[] { "Debug", "Release" })
                {
                    var directory = Path.Combine(obj, configuration);
                    if (Directory.Exists(directory))
                    {
                        Directory.Delete(directory, recursive: true); // keeps obj/project.assets.json: the restore stays done
                    }
                }
            }
        }

        private static string Generate(string repo, string feed, string? packageId)
        {
            Directory.CreateDirectory(Path.Combine(repo, ".git"));
            File.WriteAllText(Path.Combine(repo, "commons-decision.yml"), RecordSamples.Typical + "\n");
            File.WriteAllText(Path.Combine(repo, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="commons-bench-feed" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="commons-bench-feed"><package pattern="Commons.Analyzers*" /></packageSource>
                    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
                  </packageSourceMapping>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(repo, "Directory.Build.props"), packageId != null
                ? $"<Project>\n  <ItemGroup>\n    <PackageReference Include=\"{packageId}\" Version=\"0.1.0\" PrivateAssets=\"all\" />\n  </ItemGroup>\n</Project>\n"
                : "<Project>\n</Project>\n");
            var solution = new StringBuilder("\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\n");
            var guids = new List<string>();
            for (var i = 1; i <= ProjectCount; i++)
            {
                var name = "Module" + i.ToString("00", CultureInfo.InvariantCulture);
                var directory = Path.Combine(repo, "src", name);
                Directory.CreateDirectory(directory);
                var parent = i == 1 ? null : "Module" + (i / 2).ToString("00", CultureInfo.InvariantCulture);
                File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFramework>net10.0</TargetFramework>
                        <Nullable>enable</Nullable>
                      </PropertyGroup>
                    {(parent == null ? string.Empty : $"  <ItemGroup>\n    <ProjectReference Include=\"..\\{parent}\\{parent}.csproj\" />\n  </ItemGroup>\n")}</Project>
                    """);
                for (var f = 0; f < 4; f++)
                {
                    File.WriteAllText(Path.Combine(directory, $"Service{f}.cs"), Source(name, f, parent));
                }

                var guid = new Guid(i, 0, 0, new byte[8]).ToString("B").ToUpperInvariant();
                guids.Add(guid);
                solution.Append("Project(\"{9A19103F-16F7-4668-BE54-9A1E7A4F7556}\") = \"").Append(name).Append("\", \"src\\").Append(name).Append('\\').Append(name).Append(".csproj\", \"").Append(guid).Append("\"\nEndProject\n");
            }

            solution.Append("Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n\t\tDebug|Any CPU = Debug|Any CPU\n\tEndGlobalSection\n\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n");
            foreach (var guid in guids)
            {
                solution.Append('\t').Append('\t').Append(guid).Append(".Debug|Any CPU.ActiveCfg = Debug|Any CPU\n");
                solution.Append('\t').Append('\t').Append(guid).Append(".Debug|Any CPU.Build.0 = Debug|Any CPU\n");
            }

            solution.Append("\tEndGlobalSection\nEndGlobal\n");
            File.WriteAllText(Path.Combine(repo, "Bench.sln"), solution.ToString());
            return repo;
        }

        private static string Source(string name, int index, string? parent) => $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace {{name}};

            public sealed record Item{{index}}(int Id, string Label, decimal Amount, DateTime Date);

            public sealed class Service{{index}}
            {
                private readonly List<Item{{index}}> _items = new();

                public void Add(Item{{index}} item)
                {
                    if (string.IsNullOrWhiteSpace(item.Label))
                    {
                        throw new ArgumentException("label required", nameof(item));
                    }

                    _items.Add(item);
                }

                public decimal Total(DateTime from) => _items.Where(i => i.Date >= from).Sum(i => i.Amount);

                public IReadOnlyDictionary<string, int> CountByLabel() =>
                    _items.GroupBy(i => i.Label).ToDictionary(g => g.Key, g => g.Count());

                public string Describe() => {{(parent == null ? "\"root\"" : $"new {parent}.Service{index}().Describe() + \" > {name}\"")}};
            }

            """;
    }
}
