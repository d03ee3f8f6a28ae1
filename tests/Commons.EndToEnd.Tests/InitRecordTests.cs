using System;
using System.IO;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// <c>commons init</c> as a new team runs it, from the tool installed from the feed: the record's schema line works
    /// with no network (the schema beside the record), <c>commons check</c> has nothing to say about it (no CN0016), and
    /// the record links the published page of the format rather than a docs/ path the team's repository does not have.
    /// </summary>
    public sealed class InitRecordTests
    {
        [Fact]
        public void The_installed_tool_writes_a_record_whose_schema_line_works_offline_and_links_the_published_format_page()
        {
            var feed = PackageFeed.FeedWithTool;
            var tools = Path.Combine(PackageFeed.RunDirectory, "tools-init-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            // Installed from outside the repository: its nuget.config maps only Commons.Analyzers to the feed.
            var install = DotNet.RunShell(PackageFeed.RunDirectory, PackageFeed.PackagesDirectory,
                "dotnet tool install Commons.Cli --tool-path '" + tools + "' --add-source '" + feed + "' --version " + PackageFeed.Version);
            Assert.True(install.ExitCode == 0, install.ToString());
            var commons = Path.Combine(tools, "commons");
            var repo = new ThrowawayRepository("init-offline");

            var init = DotNet.RunShell(repo.Root, PackageFeed.PackagesDirectory,
                "'" + commons + "' init --non-interactive --nature site-editorial --name 'Site des aidants' --owner DICOM --solution sites-faciles --lang en");
            Assert.True(init.ExitCode == 0, init.ToString());

            var lines = File.ReadAllLines(repo.RecordPath);
            Assert.Equal("# yaml-language-server: $schema=./commons-decision.schema.json", lines[0]);
            Assert.Equal("# Vérifier : commons check ; format : https://github.com/SocialGouv/commons-analyzers/blob/main/docs/decision-record.md", lines[2]);
            Assert.Contains("\"title\": \"commons-decision.yml\"", File.ReadAllText(repo.Path_("commons-decision.schema.json")));

            var check = DotNet.RunShell(repo.Root, PackageFeed.PackagesDirectory, "'" + commons + "' check --lang en");
            Assert.True(check.ExitCode == 0, check.ToString());
            Assert.Equal("1 record(s) checked: 0 error(s), 0 warning(s).", check.Output.Trim());

            // The schema removed: the line now leads nowhere, and check says so (a warning: the exit code stays 0).
            File.Delete(repo.Path_("commons-decision.schema.json"));
            var broken = DotNet.RunShell(repo.Root, PackageFeed.PackagesDirectory, "'" + commons + "' check --lang en");
            Assert.True(broken.ExitCode == 0, broken.ToString());
            Assert.Contains("commons-decision.yml(1,33): warning CN0016: The schema line points at './commons-decision.schema.json', which does not exist", broken.Output);
        }
    }
}
