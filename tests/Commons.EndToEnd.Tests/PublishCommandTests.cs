using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// docs/msbuild.md's publish command, word for word, on the packages this run packed (the shared folder's address
    /// replaced by this run's folder, as AdoptionTests does with nuget.config): it must push both packages.
    /// </summary>
    public sealed class PublishCommandTests
    {
        private const string DocumentedFolder = "/srv/nuget/commons";

        [Fact]
        public void The_documented_publish_command_pushes_the_packages_as_written()
        {
            var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "msbuild.md"));
            var commands = Regex.Matches(docs, "`(dotnet nuget push [^`]+)`").Select(m => m.Groups[1].Value).Distinct().ToList();
            var command = Assert.Single(commands); // the French and English paragraphs give the same command
            Assert.Contains(DocumentedFolder, command);

            // The root of Commons.Analyzers after `dotnet pack -c Release -o artifacts/packages`: the packages of this run.
            var root = Directory.CreateDirectory(Path.Combine(PackageFeed.RunDirectory, "publish-" + System.Guid.NewGuid().ToString("N"))).FullName;
            var packed = Directory.CreateDirectory(Path.Combine(root, "artifacts", "packages")).FullName;
            foreach (var package in Directory.GetFiles(PackageFeed.FeedWithTool, "*.nupkg"))
            {
                File.Copy(package, Path.Combine(packed, Path.GetFileName(package)));
            }

            var shared = Directory.CreateDirectory(Path.Combine(root, "shared-feed")).FullName;
            var result = DotNet.RunShell(root, PackageFeed.PackagesDirectory, command.Replace(DocumentedFolder, shared));
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(
                new[] { "Commons.Analyzers." + PackageFeed.Version + ".nupkg", "Commons.Cli." + PackageFeed.Version + ".nupkg" },
                Directory.GetFiles(shared).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal));
        }
    }
}
