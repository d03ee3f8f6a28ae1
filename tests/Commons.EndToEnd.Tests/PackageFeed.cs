using System;
using System.IO;
using System.Linq;
using System.Threading;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// The real Commons.Analyzers package, packed once per test run into a temporary feed, with a fresh packages
    /// folder: no test can pick up a stale copy from the machine's NuGet cache. Shared by every test class (a
    /// static rather than a collection fixture, so the classes still run in parallel).
    /// </summary>
    public static class PackageFeed
    {
        public const string Version = "0.1.0";

        private static readonly Lazy<string> Packed = new Lazy<string>(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

        private static readonly Lazy<string> PackedWithTool = new Lazy<string>(PackTool, LazyThreadSafetyMode.ExecutionAndPublication);

        private static readonly Lazy<string> PackedNativeTool = new Lazy<string>(PackNativeTool, LazyThreadSafetyMode.ExecutionAndPublication);

        static PackageFeed()
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(RunDirectory);
        }

        /// <summary>This test run's temp folder: the feed, the packages folder and every throwaway repository.</summary>
        public static string RunDirectory { get; } = Path.Combine(Path.GetTempPath(), "commons-e2e", Guid.NewGuid().ToString("N"));

        public static string FeedDirectory => Packed.Value;

        /// <summary>The feed with the <c>commons</c> tool (Commons.Cli) too, packed only for the tests that install it.</summary>
        public static string FeedWithTool => PackedWithTool.Value;

        /// <summary>
        /// A feed of its own with the native tool, <c>Commons.Cli.Native</c>, as docs/cli.md packs it: the pointer package,
        /// the fallback for any platform (the tool for .NET 10) and this machine's native build (linux-x64).
        /// </summary>
        public static string FeedWithNativeTool => PackedNativeTool.Value;

        public static string PackagesDirectory { get; } = Path.Combine(RunDirectory, "packages");

        private static string Pack() => PackInto("Commons.Analyzers.Package", "Commons.Analyzers");

        private static string PackTool()
        {
            PackInto("Commons.Cli", "Commons.Cli");
            return FeedDirectory;
        }

        private static string PackNativeTool()
        {
            var feed = Path.Combine(RunDirectory, "feed-native");
            foreach (var runtime in new[] { null, "any", "linux-x64" })
            {
                var suffix = runtime == null ? string.Empty : "." + runtime;
                PackInto("Commons.Cli", "Commons.Cli.Native" + suffix, feed, "native",
                    runtime == null ? new[] { "-p:CommonsAot=true" } : new[] { "-p:CommonsAot=true", "-r", runtime });
            }

            return feed;
        }

        private static string PackInto(string projectName, string packageId) =>
            PackInto(projectName, packageId, Path.Combine(RunDirectory, "feed"), projectName);

        private static string PackInto(string projectName, string packageId, string feed, string artifactsName, params string[] properties)
        {
            Directory.CreateDirectory(feed);
            var project = Path.Combine(RepositoryPaths.Root, "src", projectName, projectName + ".csproj");
            // --artifacts-path: the pack restores and builds the src projects into this run's folder. In the
            // repository's obj/ it would rewrite project.assets.json to point at this run's packages folder while
            // `dotnet test` on the solution still builds other test projects from the same obj/ (CS0006 once the
            // run's folder is deleted: seen in CI). The machine's packages folder: the solution's restore already
            // holds every dependency, so nothing is downloaded here.
            var result = DotNet.Run(RunDirectory, packagesDirectory: null, new[] { "pack", project, "-c", "Release", "-o", feed,
                "--artifacts-path", Path.Combine(RunDirectory, "artifacts-" + artifactsName), "-tl:off", "-v:q" }.Concat(properties).ToArray());
            var package = Path.Combine(feed, packageId + "." + Version + ".nupkg");
            if (result.ExitCode != 0 || !File.Exists(package))
            {
                throw new InvalidOperationException("packing " + packageId + " failed:\n" + result);
            }

            return feed;
        }

        private static void TryDelete(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
