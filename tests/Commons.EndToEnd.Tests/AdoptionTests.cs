using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// docs/adoption/ as a consuming repository uses it, word for word: its nuget.config (with the feed's address
    /// replaced by this run's feed) and every script line of the GitHub Actions and GitLab CI jobs, run by bash.
    /// </summary>
    public sealed class AdoptionTests
    {
        private const string DocumentedFeed = "/srv/nuget/commons";

        [Theory]
        [InlineData("github-actions.yml")]
        [InlineData("gitlab-ci.yml")]
        public void The_documented_nuget_config_and_CI_jobs_work_as_written_in_a_consuming_repository(string ciFile)
        {
            var feed = PackageFeed.FeedWithTool;
            var repo = new ThrowawayRepository("adoption").WithRecord(Records.Compliant);
            repo.Write("Portail.slnx", "<Solution>\n  <Project Path=\"src/App/App.csproj\" />\n</Solution>\n"); // what `dotnet build` finds at the root
            var config = File.ReadAllText(Documented("nuget.config"));
            Assert.Contains(DocumentedFeed, config);
            repo.Write("nuget.config", config.Replace(DocumentedFeed, feed));

            var lines = ScriptLines(File.ReadAllText(Documented(ciFile))).ToList();
            Assert.Contains(lines, l => l.StartsWith("dotnet build", System.StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("commons check"));
            foreach (var line in lines)
            {
                var result = DotNet.RunShell(repo.Root, PackageFeed.PackagesDirectory, line, ("CI_JOB_TOKEN", "jeton-de-test"));
                Assert.True(result.ExitCode == 0, result.ToString());
            }

            using var sarif = JsonDocument.Parse(File.ReadAllText(repo.Path_("commons.sarif")));
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        }

        /// <summary>The shell lines of the jobs: GitHub's <c>run:</c> values and the items of GitLab's <c>script:</c> lists.</summary>
        private static IEnumerable<string> ScriptLines(string yaml)
        {
            var inScript = false;
            var scriptIndent = 0;
            foreach (var line in yaml.Replace("\r\n", "\n").Split('\n'))
            {
                var run = Regex.Match(line, @"^\s*- run: (.+)$");
                if (run.Success)
                {
                    yield return run.Groups[1].Value;
                    continue;
                }

                var indent = line.Length - line.TrimStart().Length;
                if (Regex.IsMatch(line, @"^\s*script:\s*$"))
                {
                    inScript = true;
                    scriptIndent = indent;
                    continue;
                }

                var item = Regex.Match(line, @"^\s*- (.+)$");
                if (inScript && item.Success && indent > scriptIndent)
                {
                    yield return item.Groups[1].Value;
                }
                else if (line.Trim().Length > 0)
                {
                    inScript = false;
                }
            }
        }

        private static string Documented(string file) => Path.Combine(RepositoryPaths.Root, "docs", "adoption", file);
    }
}
