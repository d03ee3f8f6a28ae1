using System;
using System.IO;
using System.Linq;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// A new repository in a temp folder, as a user would set it up: a .git folder at its root, a nuget.config
    /// with the test feed as its only source (nothing else is downloaded: the projects target the SDK's own
    /// framework), one PackageReference in Directory.Build.props, and a project two folders below the root.
    /// </summary>
    public sealed class ThrowawayRepository
    {
        public ThrowawayRepository(string name)
        {
            Root = Path.Combine(PackageFeed.RunDirectory, "repos", name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(Path.Combine(Root, ".git"));
            Write("nuget.config", NuGetConfig(PackageFeed.FeedDirectory));
            Write("Directory.Build.props",
                "<Project>\n" +
                "  <ItemGroup>\n" +
                "    <PackageReference Include=\"Commons.Analyzers\" Version=\"" + PackageFeed.Version + "\" PrivateAssets=\"all\" />\n" +
                "  </ItemGroup>\n" +
                "</Project>\n");
            AddProject("App");
        }

        public string Root { get; }

        public string RecordPath => Path.Combine(Root, "commons-decision.yml");

        public string ProjectPath(string name = "App") => Path.Combine(Root, "src", name, name + ".csproj");

        public string Path_(string relativePath) => Path.Combine(Root, relativePath);

        public ThrowawayRepository WithRecord(string text, string relativePath = "commons-decision.yml")
        {
            Write(relativePath, text);
            return this;
        }

        /// <summary>A class library <paramref name="name"/> in <paramref name="folder"/>/<paramref name="name"/>; returns its project file.</summary>
        public string AddProject(string name, string folder = "src")
        {
            var project = Write(Path.Combine(folder, name, name + ".csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
                "  <PropertyGroup>\n" +
                "    <TargetFramework>net10.0</TargetFramework>\n" +
                "  </PropertyGroup>\n" +
                "</Project>\n");
            Write(Path.Combine(folder, name, "Greeter.cs"), "namespace " + name + " { public static class Greeter { public static string Hello() => \"Bonjour\"; } }\n");
            return project;
        }

        /// <summary>Runs <c>dotnet build</c> (English messages and a fixed date, for exact lines) on <paramref name="target"/>.</summary>
        public DotNetResult Build(string? target = null, params string[] properties)
        {
            var arguments = new System.Collections.Generic.List<string> { "build", target ?? ProjectPath(), "-tl:off", "-v:n" };
            arguments.AddRange(properties);
            return DotNet.Run(Root, PackageFeed.PackagesDirectory, arguments.ToArray());
        }

        /// <summary>
        /// Lets the repository restore the reference packs of a framework older than the SDK's own (net8.0), from the
        /// machine's NuGet folder, where the solution's restore put them (Commons.Cli targets net8.0): nothing is
        /// downloaded. Only those packs come from there; the package still comes from the test feed only.
        /// </summary>
        public ThrowawayRepository WithReferencePacksFromTheMachine()
        {
            var list = DotNet.RunShell(Root, packagesDirectory: null, "dotnet nuget locals global-packages --list --force-english-output");
            var folder = list.Lines.Select(l => l.StartsWith("global-packages: ", StringComparison.Ordinal) ? l.Substring("global-packages: ".Length).Trim() : null).FirstOrDefault(l => l != null);
            if (list.ExitCode != 0 || folder == null)
            {
                throw new InvalidOperationException("cannot find the machine's NuGet folder:\n" + list);
            }

            Write("nuget.config", NuGetConfig(PackageFeed.FeedDirectory, folder));
            return this;
        }

        public string Write(string relativePath, string content)
        {
            var path = Path.Combine(Root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            return path;
        }

        private static string NuGetConfig(string feed, string? machinePackages = null) =>
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
            "<configuration>\n" +
            "  <packageSources>\n" +
            "    <clear />\n" +
            "    <add key=\"commons-test-feed\" value=\"" + feed + "\" />\n" +
            (machinePackages == null ? string.Empty : "    <add key=\"machine-packages\" value=\"" + machinePackages + "\" />\n") +
            "  </packageSources>\n" +
            "  <packageSourceMapping>\n" +
            "    <packageSource key=\"commons-test-feed\"><package pattern=\"Commons.Analyzers\" /></packageSource>\n" +
            (machinePackages == null ? string.Empty :
                "    <packageSource key=\"machine-packages\"><package pattern=\"Microsoft.NETCore.App.Ref\" /><package pattern=\"Microsoft.AspNetCore.App.Ref\" /></packageSource>\n") +
            "  </packageSourceMapping>\n" +
            "</configuration>\n";
    }
}
