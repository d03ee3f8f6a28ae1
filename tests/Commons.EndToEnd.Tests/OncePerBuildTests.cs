using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// A record finding is printed with its full text once per build (issue 22): the first project that checks the
    /// record prints every finding; every other project fails with one CN0906 line. Across MSBuild nodes (-m), on an
    /// incremental rebuild, in a multi-targeted project (checked once, in the outer build) and with
    /// CommonsLiveRecord=true on the command line. Counts are of the lines printed as the build went (MSBuild's closing
    /// summary repeats every error once more, as it does for any error).
    /// </summary>
    public sealed class OncePerBuildTests
    {
        /// <summary>Where Records.Findings fails, each finding once: need not covered, contradiction, value not allowed, expired exception.</summary>
        private static readonly string[] FindingsAt = { "(8,13): error CN0101: ", "(9,13): error CN0102: ", "(12,13): error CN0011: ", "(17,15): error CN0201: " };

        [Fact]
        public void Two_projects_print_each_finding_once_and_both_fail_on_every_build_and_with_CommonsLiveRecord()
        {
            var repo = new ThrowawayRepository("once-two").WithRecord(Records.Findings);
            repo.AddProject("Lib");
            var solution = Solution(repo, "App", "Lib");

            var first = repo.Build(solution, Expect.Deterministic);
            AssertPrintedOnceAndEveryProjectFails(first, repo, "App", "Lib");

            // Incremental: a record with findings writes no stamp, and the next build prints them once again, not zero times.
            var rebuild = repo.Build(solution, Expect.Deterministic);
            AssertPrintedOnceAndEveryProjectFails(rebuild, repo, "App", "Lib");

            // CommonsLiveRecord=true on the command line: the analyzers stay out of it, the task prints once.
            var live = repo.Build(solution, Expect.Deterministic[0], Expect.Deterministic[1], "-p:CommonsLiveRecord=true");
            AssertPrintedOnceAndEveryProjectFails(live, repo, "App", "Lib");
        }

        [Fact]
        public void Twenty_projects_built_with_m_print_each_finding_once_and_all_twenty_fail()
        {
            var repo = new ThrowawayRepository("once-twenty").WithRecord(Records.Findings);
            var names = new[] { "App" }.Concat(Enumerable.Range(2, 19).Select(i => "Lib" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            foreach (var name in names.Skip(1))
            {
                repo.AddProject(name);
            }

            var result = repo.Build(Solution(repo, names), "-m", Expect.Deterministic[0], Expect.Deterministic[1]);

            AssertPrintedOnceAndEveryProjectFails(result, repo, names);
        }

        [Fact]
        public void A_multi_targeted_project_checks_the_record_once_in_its_outer_build()
        {
            var repo = new ThrowawayRepository("once-multi").WithRecord(Records.Findings).WithReferencePacksFromTheMachine();
            repo.Write("src/App/App.csproj",
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFrameworks>net8.0;net10.0</TargetFrameworks>\n  </PropertyGroup>\n</Project>\n");

            var broken = repo.Build(null, Expect.Deterministic);

            Assert.DoesNotContain("NU1100", broken.Output); // the net8.0 reference packs came from the machine's folder
            AssertPrintedOnceAndEveryProjectFails(broken, repo, "App");
            Assert.DoesNotContain(broken.Lines, l => l.Contains("CoreCompile")); // stopped before any framework's build

            // Warnings only: printed once, by the outer build, and both frameworks build.
            repo.WithRecord(Records.ExpiresSoon);
            var warned = repo.Build(null, Expect.Deterministic);
            Expect.ExitCode(warned, 0);
            Assert.Equal(1, Expect.ReportsOf(warned, repo.RecordPath + "(14,15): warning CN0202: The exception for brick 'authentification-agent' expires on 2026-12-10"));
            Assert.Equal(2, Expect.ReportsOf(warned, "already printed in this build by another project"));
            Assert.True(File.Exists(repo.Path_("src/App/bin/Debug/net8.0/App.dll")));
            Assert.True(File.Exists(repo.Path_("src/App/bin/Debug/net10.0/App.dll")));
        }

        [Fact]
        public void A_missing_record_is_CN0001_once_and_CN0906_for_the_other_project()
        {
            var repo = new ThrowawayRepository("once-missing");
            repo.AddProject("Lib");

            var result = repo.Build(Solution(repo, "App", "Lib"), Expect.Deterministic);

            Expect.ExitCode(result, 1);
            var printed = Printed(result, repo.RecordPath);
            Assert.Single(printed, p => p.Code == "CN0001");
            Assert.Single(printed, p => p.Code == "CN0906");
            Assert.Equal(new[] { repo.ProjectPath("App"), repo.ProjectPath("Lib") }, printed.Select(p => p.Project).OrderBy(p => p, StringComparer.Ordinal));
            Assert.Equal(2, printed.Count);
        }

        [Fact]
        public void A_warning_shared_by_two_projects_is_printed_once_with_CommonsLiveRecord_and_both_build()
        {
            var repo = new ThrowawayRepository("once-live").WithRecord(Records.ExpiresSoon);
            repo.AddProject("Lib");

            var result = repo.Build(Solution(repo, "App", "Lib"), Expect.Deterministic[0], Expect.Deterministic[1], "-p:CommonsLiveRecord=true");

            Expect.ExitCode(result, 0);
            Assert.Equal(1, Expect.ReportsOf(result, repo.RecordPath + "(14,15): warning CN0202: The exception for brick 'authentification-agent' expires on 2026-12-10"));
            Assert.Equal(1, Expect.ReportsOf(result, "CN0202"));
            Assert.True(File.Exists(repo.Path_("src/App/bin/Debug/net10.0/App.dll")));
            Assert.True(File.Exists(repo.Path_("src/Lib/bin/Debug/net10.0/Lib.dll")));
        }

        [Theory]
        [InlineData("fr", " est un dossier, là où le fichier de décision de ce nom est attendu. Renommez ou déplacez ce dossier, puis créez le fichier à cet emplacement avec « commons init »")]
        [InlineData("en", " is a folder, where the decision record should be a file of that name. Rename or move that folder, then create the record at this path with 'commons init'")]
        public void A_folder_at_the_record_path_is_said_to_be_a_folder_in_the_build_language(string language, string message)
        {
            var repo = new ThrowawayRepository("record-folder");
            Directory.CreateDirectory(repo.RecordPath);

            var result = repo.Build(null, "-p:CommonsToday=2026-11-28", "-p:CommonsLanguage=" + language);

            Expect.ExitCode(result, 1);
            Expect.Line(result, repo.RecordPath, 1, 1, "error", "CN0001", repo.RecordPath + message, repo.ProjectPath());
            Assert.Equal(1, Expect.ReportsOf(result, "error CN0001"));
            Assert.DoesNotContain("CS2001", result.Output); // the folder was not handed to the compiler as the record
        }

        private static string Solution(ThrowawayRepository repo, params string[] names) =>
            repo.Write("All.slnx", "<Solution>\n" + string.Concat(names.Select(n => "  <Project Path=\"src/" + n + "/" + n + ".csproj\" />\n")) + "</Solution>\n");

        /// <summary>
        /// Each finding of Records.Findings printed once, all by one project; every other project one CN0906 line; every
        /// project failed (no assembly), and the build too.
        /// </summary>
        private static void AssertPrintedOnceAndEveryProjectFails(DotNetResult result, ThrowawayRepository repo, params string[] projects)
        {
            Expect.ExitCode(result, 1);
            var printed = Printed(result, repo.RecordPath);

            // The full text of each finding (file, position, code, message), once; nothing else from the record.
            var findings = printed.Where(p => p.Code != "CN0906").ToList();
            Assert.All(findings.GroupBy(f => f.Text), g => Assert.True(g.Count() == 1, g.Count() + " copies of: " + g.Key + "\n" + result));
            var positions = findings.Select(f => Regex.Match(f.Text.Substring(repo.RecordPath.Length), @"^\(\d+,\d+\): (error|warning) CN\d{4}: ").Value);
            Assert.Equal(FindingsAt.OrderBy(at => at, StringComparer.Ordinal), positions.OrderBy(at => at, StringComparer.Ordinal));
            var reporter = Assert.Single(findings.Select(f => f.Project).Distinct());

            // Every other project: one CN0906 line, at the record, naming it.
            var once = printed.Where(p => p.Code == "CN0906").ToList();
            Assert.All(once, o => Assert.Equal(repo.RecordPath + " : error CN0906: The decision record " + repo.RecordPath + " has errors, printed in full once for the whole build, by the first project that checked it (see the lines above that start with this path): this project fails with them. Fix the record.", o.Text));
            var expected = projects.Select(p => repo.ProjectPath(p)).OrderBy(p => p, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, once.Select(o => o.Project).Append(reporter).OrderBy(p => p, StringComparer.Ordinal).ToList());
            foreach (var project in projects)
            {
                Assert.False(File.Exists(repo.Path_("src/" + project + "/bin/Debug/net10.0/" + project + ".dll")), project + " was built:\n" + result);
            }
        }

        /// <summary>The record's lines as the build printed them (before the closing summary): full text, code, project.</summary>
        private static List<(string Text, string Code, string Project)> Printed(DotNetResult result, string recordPath)
        {
            var line = new Regex(@"^(?:\d+>)?(?<text>" + Regex.Escape(recordPath) + @"(?:\(\d+,\d+\))? ?: (?:error|warning) (?<code>CN\d{4}): .*) \[(?<project>[^\]]+)\]$");
            return Expect.BeforeSummary(result).Select(l => line.Match(l)).Where(m => m.Success)
                .Select(m => (m.Groups["text"].Value, m.Groups["code"].Value, m.Groups["project"].Value)).ToList();
        }
    }
}
