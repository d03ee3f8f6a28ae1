using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// docs/msbuild.md claims the .NET 8 SDK (8.0.100) and Visual Studio 17.8: Roslyn 4.8 and MSBuild 17.8. Only the
    /// .NET 10 SDK is on the test machines, so the claim is checked on what is shipped: the package's analyzer
    /// assemblies reference no Roslyn newer than 4.8, and the task and analyzers are compiled against those versions.
    /// </summary>
    public sealed class SupportedSdkTests
    {
        private static readonly Version Roslyn = new Version(4, 8, 0, 0);

        [Fact]
        public void The_shipped_analyzers_reference_no_Roslyn_newer_than_the_oldest_SDK_claimed()
        {
            using var package = ZipFile.OpenRead(Path.Combine(PackageFeed.FeedDirectory, "Commons.Analyzers." + PackageFeed.Version + ".nupkg"));
            var analyzers = package.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
            Assert.Contains(analyzers, e => e.Name == "Commons.Analyzers.dll");
            Assert.Contains(analyzers, e => e.Name == "Commons.Analyzers.CodeFixes.dll");
            var roslynReferences = analyzers.SelectMany(e => References(e).Where(r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))).ToList();
            Assert.Contains(roslynReferences, r => r.Name == "Microsoft.CodeAnalysis" && r.Version == Roslyn);
            Assert.All(roslynReferences, r => Assert.True(r.Version <= Roslyn, r.Name + " " + r.Version));
        }

        [Fact]
        public void The_docs_claim_the_versions_the_projects_compile_against()
        {
            var versions = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"));
            Assert.Matches(new Regex(@"Include=""Microsoft.CodeAnalysis.CSharp"" Version=""4\.8\.\d+"""), versions);
            Assert.Matches(new Regex(@"Include=""Microsoft.CodeAnalysis.CSharp.Workspaces"" Version=""4\.8\.\d+"""), versions);
            Assert.Matches(new Regex(@"Include=""Microsoft.Build.Framework"" Version=""17\.8\.\d+"""), versions);
            Assert.Matches(new Regex(@"Include=""Microsoft.Build.Utilities.Core"" Version=""17\.8\.\d+"""), versions);

            var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "msbuild.md"));
            Assert.Contains("**.NET 8 SDK (8.0.100) or later** and **Visual Studio 2022 17.8 or later**: its\nanalyzers are compiled against Roslyn 4.8 and its task against MSBuild 17.8", docs.Replace("\r\n", "\n"));
            Assert.Contains("**SDK .NET 8 (8.0.100) ou plus récent** et **Visual Studio 2022 17.8 ou plus récent**", docs);
        }

        private static (string Name, Version Version)[] References(ZipArchiveEntry entry)
        {
            using var stream = new MemoryStream();
            using (var source = entry.Open())
            {
                source.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            return metadata.AssemblyReferences.Select(h => metadata.GetAssemblyReference(h)).Select(r => (metadata.GetString(r.Name), r.Version)).ToArray();
        }
    }
}
