using System.Globalization;
using System.Text;
using Commons.Benchmarks.Records;

namespace Commons.Benchmarks.Build
{
    internal sealed record BuildResult(
        int Projects,
        IReadOnlyList<double> FullWithout,
        IReadOnlyList<double> FullWith,
        IReadOnlyList<double> NoOpWithout,
        IReadOnlyList<double> NoOpWith,
        IReadOnlyList<double> FullCpuWithout,
        IReadOnlyList<double> FullCpuWith,
        IReadOnlyList<double> NoOpCpuWithout,
        IReadOnlyList<double> NoOpCpuWith)
    {
        public double FullCpuOverhead => Measure.Median(FullCpuWith) / Measure.Median(FullCpuWithout) - 1;

        public double NoOpCpuOverhead => Measure.Median(NoOpCpuWith) / Measure.Median(NoOpCpuWithout) - 1;

        public double FullOverhead => Measure.Median(FullWith) / Measure.Median(FullWithout) - 1;

        public double NoOpOverhead => Measure.Median(NoOpWith) / Measure.Median(NoOpWithout) - 1;

        public string ToMarkdown()
        {
            var b = new StringBuilder();
            b.AppendLine(CultureInfo.InvariantCulture, $"Build of a {Projects}-project solution sharing one record (`dotnet build --no-restore`, medians, seconds):");
            b.AppendLine();
            b.AppendLine("| build | without the package | with the package | overhead | samples |");
            b.AppendLine("|---|---:|---:|---:|---:|");
            b.AppendLine(CultureInfo.InvariantCulture, $"| full (after clean) | {Measure.Median(FullWithout) / 1000:F1} | {Measure.Median(FullWith) / 1000:F1} | {FullOverhead:P1} | {FullWith.Count} |");
            b.AppendLine(CultureInfo.InvariantCulture, $"| no-op incremental | {Measure.Median(NoOpWithout) / 1000:F1} | {Measure.Median(NoOpWith) / 1000:F1} | {NoOpOverhead:P1} | {NoOpWith.Count} |");
            b.AppendLine(CultureInfo.InvariantCulture, $"| full, CPU of the build's processes | {Measure.Median(FullCpuWithout) / 1000:F1} | {Measure.Median(FullCpuWith) / 1000:F1} | {FullCpuOverhead:P1} | {FullCpuWith.Count} |");
            b.AppendLine(CultureInfo.InvariantCulture, $"| no-op, CPU of the build's processes | {Measure.Median(NoOpCpuWithout) / 1000:F1} | {Measure.Median(NoOpCpuWith) / 1000:F1} | {NoOpCpuOverhead:P1} | {NoOpCpuWith.Count} |");
            b.AppendLine();
            b.AppendLine("No-op samples, wall / CPU (s), in run order, without | with: " + string.Join("; ", NoOpWithout.Select((w, i) => $"{w / 1000:F1}/{NoOpCpuWithout[i] / 1000:F1} | {NoOpWith[i] / 1000:F1}/{NoOpCpuWith[i] / 1000:F1}")));
            return b.ToString();
        }
    }

    /// <summary>
    /// A generated solution of 50 class libraries (a tree of project references) sharing one commons-decision.yml at
    /// the repository root, in two copies: one with the Commons.Analyzers package in Directory.Build.props (packed
    /// from this repository into a temporary feed), one without. Full builds after a clean, then no-op builds,
    /// alternating between the copies so that a change of the machine's load hits both alike.
    /// </summary>
    internal static class BuildOverhead
    {
        public const int ProjectCount = 50;

        /// <param name="keep">A folder to generate the two copies in and leave behind (to profile a build by hand); null for a temporary one.</param>
        public static BuildResult Run(string root, TextWriter log, int fullBuilds = 2, int noOpBuilds = 6, string? keep = null)
        {
            var work = keep != null ? Path.GetFullPath(keep) : Path.Combine(Path.GetTempPath(), "commons-bench-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            var packages = Path.Combine(work, "packages");
            var feed = Path.Combine(work, "feed");
            try
            {
                log.WriteLine("build: packing Commons.Analyzers into " + feed);
                DotNetProcess.RunOrThrow(root, null, "pack", Path.Combine(root, "src", "Commons.Analyzers.Package", "Commons.Analyzers.Package.csproj"), "-c", "Release", "-o", feed, "-v:q");
                var without = Generate(Path.Combine(work, "without"), feed, withPackage: false);
                var with = Generate(Path.Combine(work, "with"), feed, withPackage: true);
                foreach (var repo in new[] { without, with })
                {
                    var restore = DotNetProcess.RunOrThrow(repo, packages, "restore", "Bench.sln", "-v:q");
                    log.WriteLine($"build: restored {Path.GetFileName(repo)} in {restore.Milliseconds / 1000:F1} s");
                }

                var fullWithout = new List<double>();
                var fullWith = new List<double>();
                var cpu = new Dictionary<List<double>, List<double>>();
                for (var i = 0; i < fullBuilds; i++)
                {
                    foreach (var (repo, samples) in new[] { (without, fullWithout), (with, fullWith) })
                    {
                        Clean(repo);
                        var build = DotNetProcess.RunOrThrow(repo, packages, "build", "Bench.sln", "--no-restore", "-v:q");
                        samples.Add(build.Milliseconds);
                        (cpu.TryGetValue(samples, out var list) ? list : cpu[samples] = new List<double>()).Add(build.CpuMilliseconds);
                        log.WriteLine($"build: full {Path.GetFileName(repo)} {build.Milliseconds / 1000:F1} s, CPU {build.CpuMilliseconds / 1000:F1} s (load {Measure.LoadAverage():F1})");
                    }
                }

                var noOpWithout = new List<double>();
                var noOpWith = new List<double>();
                for (var i = 0; i < noOpBuilds; i++)
                {
                    foreach (var (repo, samples) in new[] { (without, noOpWithout), (with, noOpWith) })
                    {
                        var build = DotNetProcess.RunOrThrow(repo, packages, "build", "Bench.sln", "--no-restore", "-v:q");
                        samples.Add(build.Milliseconds);
                        (cpu.TryGetValue(samples, out var list) ? list : cpu[samples] = new List<double>()).Add(build.CpuMilliseconds);
                        log.WriteLine($"build: no-op {Path.GetFileName(repo)} {build.Milliseconds / 1000:F1} s, CPU {build.CpuMilliseconds / 1000:F1} s (load {Measure.LoadAverage():F1})");
                    }
                }

                var stamps = Directory.GetFiles(Path.Combine(with, "src"), "commons-decision.*.stamp", SearchOption.AllDirectories).Length;
                if (stamps != ProjectCount)
                {
                    throw new InvalidOperationException($"the package's check ran in {stamps} of {ProjectCount} projects of the 'with' copy");
                }

                return new BuildResult(ProjectCount, fullWithout, fullWith, noOpWithout, noOpWith, cpu[fullWithout], cpu[fullWith], cpu[noOpWithout], cpu[noOpWith]);
            }
            finally
            {
                if (keep != null)
                {
                    log.WriteLine("build: the two copies are kept in " + work + " (NUGET_PACKAGES=" + packages + ")");
                }
                else
                {
                    TryDelete(work);
                }
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

        private static string Generate(string repo, string feed, bool withPackage)
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
                    <packageSource key="commons-bench-feed"><package pattern="Commons.Analyzers" /></packageSource>
                    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
                  </packageSourceMapping>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(repo, "Directory.Build.props"), withPackage
                ? "<Project>\n  <ItemGroup>\n    <PackageReference Include=\"Commons.Analyzers\" Version=\"0.1.0\" PrivateAssets=\"all\" />\n  </ItemGroup>\n</Project>\n"
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
