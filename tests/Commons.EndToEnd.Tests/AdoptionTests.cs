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
        [InlineData("github-actions.yml", false)]
        [InlineData("gitlab-ci.yml", false)]
        [InlineData("gitlab-ci.yml", true)]
        public void The_documented_nuget_config_and_CI_jobs_work_as_written_in_a_consuming_repository(string ciFile, bool withGlobalJson)
        {
            var feed = PackageFeed.FeedWithTool;
            var repo = new ThrowawayRepository("adoption").WithRecord(Records.Compliant);
            repo.Write("Portail.slnx", "<Solution>\n  <Project Path=\"src/App/App.csproj\" />\n</Solution>\n"); // what `dotnet build` finds at the root
            if (withGlobalJson)
            {
                // The SDK this machine has: the GitLab jobs' first line finds it and installs nothing (no network here).
                var sdk = DotNet.RunShell(repo.Root, null, "dotnet --version").Output.Trim();
                repo.Write("global.json", "{ \"sdk\": { \"version\": \"" + sdk + "\", \"rollForward\": \"disable\" } }\n");
            }

            var config = File.ReadAllText(Documented("nuget.config"));
            Assert.Contains(DocumentedFeed, config);
            repo.Write("nuget.config", config.Replace(DocumentedFeed, feed));

            // The runner's temporary folders (GitHub's RUNNER_TEMP, the job's TMPDIR on GitLab): outside the checkout.
            var runnerTemp = Directory.CreateDirectory(Path.Combine(PackageFeed.RunDirectory, "runner-temp-" + System.Guid.NewGuid().ToString("N"))).FullName;
            var lines = ScriptLines(File.ReadAllText(Documented(ciFile))).ToList();
            Assert.Contains(lines, l => l.StartsWith("dotnet build", System.StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("commons check"));
            foreach (var line in lines)
            {
                var result = DotNet.RunShell(repo.Root, PackageFeed.PackagesDirectory, line,
                    ("CI_JOB_TOKEN", "jeton-de-test"), ("CI_JOB_ID", "4242"), ("RUNNER_TEMP", runnerTemp), ("TMPDIR", runnerTemp));
                Assert.True(result.ExitCode == 0, result.ToString());
            }

            using var sarif = JsonDocument.Parse(File.ReadAllText(repo.Path_("commons.sarif")));
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());

            // The tool was installed outside the checkout: nothing of it can be committed with `git add -A`, or scanned.
            Assert.Empty(Directory.GetFiles(repo.Root, "DotnetToolSettings.xml", SearchOption.AllDirectories));
            Assert.Single(Directory.GetFiles(runnerTemp, "DotnetToolSettings.xml", SearchOption.AllDirectories));
        }

        /// <summary>
        /// The SDK: the repository's global.json when it has one, else the current LTS. GitHub's expressions cannot run
        /// here, so they are checked as written: setup-dotnet gets exactly one of its two inputs.
        /// </summary>
        [Fact]
        public void The_CI_jobs_take_the_SDK_from_global_json_else_the_current_LTS()
        {
            var github = File.ReadAllText(Documented("github-actions.yml")).Replace("\r\n", "\n");
            var setups = Regex.Matches(github, @"- uses: actions/setup-dotnet@v4\n\s+with:\n(\s+\S.*\n){2}").Select(m => m.Value).ToList();
            Assert.Equal(2, setups.Count);
            Assert.All(setups, setup =>
            {
                Assert.Contains("global-json-file: ${{ hashFiles('global.json') != '' && 'global.json' || '' }}\n", setup);
                Assert.Contains("dotnet-version: ${{ hashFiles('global.json') == '' && '" + LtsSdk + ".x' || '' }}\n", setup);
            });

            var gitlab = File.ReadAllText(Documented("gitlab-ci.yml")).Replace("\r\n", "\n");
            Assert.Equal(2, Regex.Matches(gitlab, "  image: mcr.microsoft.com/dotnet/sdk:" + Regex.Escape(LtsSdk) + "\n  script:\n    - dotnet --version > /dev/null 2>&1 \\|\\| curl -sSL https://dot.net/v1/dotnet-install.sh \\| bash -s -- --jsonfile global.json --install-dir /usr/share/dotnet\n").Count);
            Assert.DoesNotMatch(@"sdk:8\.0|'8\.0\.x'", github + gitlab);
        }

        /// <summary>The current LTS, which docs/msbuild.md names too.</summary>
        private const string LtsSdk = "10.0";

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
