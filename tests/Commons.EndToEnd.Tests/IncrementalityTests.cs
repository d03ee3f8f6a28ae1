using System.IO;
using System.Linq;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    public sealed class IncrementalityTests
    {
        private const string Checked = "Commons: checked ";
        private const string AlreadyChecked = "was already checked in this build by ";

        [Fact]
        public void A_valid_record_builds_reaches_the_analyzers_and_is_not_parsed_again_on_the_next_build()
        {
            var repo = new ThrowawayRepository("valid").WithRecord(Records.Compliant);

            var first = repo.Build(null, Expect.Deterministic);
            Expect.ExitCode(first, 0);
            Assert.Contains(first.Lines, l => l.StartsWith(Checked + repo.RecordPath + ": 0 error(s), 0 warning(s)", System.StringComparison.Ordinal));
            var stamp = Assert.Single(Directory.GetFiles(repo.Path_("src/App/obj/Debug/net10.0"), "commons-decision.*.stamp"));
            var stampTime = File.GetLastWriteTimeUtc(stamp);

            // The record reaches the analyzers: in the generated .editorconfig (CompilerVisibleProperty) and as AdditionalFiles.
            var editorConfig = File.ReadAllText(repo.Path_("src/App/obj/Debug/net10.0/App.GeneratedMSBuildEditorConfig.editorconfig"));
            Assert.Contains("build_property.CommonsDecisionFile = " + repo.RecordPath, editorConfig);
            Assert.Contains("/additionalfile:" + repo.RecordPath, first.Output);

            var second = repo.Build(null, Expect.Deterministic);
            Expect.ExitCode(second, 0);
            Assert.DoesNotContain(Checked, second.Output);
            Assert.Contains("Skipping target \"CommonsValidateDecisionRecord\" because all output files are up-to-date", second.Output);
            Assert.Equal(stampTime, File.GetLastWriteTimeUtc(stamp));

            // A no-op build runs none of the package's tasks: nothing of ours is loaded (the record is found at evaluation).
            Assert.DoesNotContain("Using \"ValidateCommonsDecision\" task", second.Output);
            Assert.DoesNotContain("Task \"ValidateCommonsDecision\"", second.Output);

            // Another day re-checks the record (an exception may have expired overnight), and leaves one stamp, not two.
            var nextDay = repo.Build(null, "-p:CommonsToday=2026-11-29", "-p:CommonsLanguage=en");
            Expect.ExitCode(nextDay, 0);
            Assert.Contains(Checked + repo.RecordPath, nextDay.Output);
            Assert.NotEqual(stamp, Assert.Single(Directory.GetFiles(repo.Path_("src/App/obj/Debug/net10.0"), "commons-decision.*.stamp")));
        }

        [Fact]
        public void A_setting_the_check_cannot_use_fails_every_build_even_after_the_record_was_checked()
        {
            var repo = new ThrowawayRepository("setting").WithRecord(Records.Compliant);
            Expect.ExitCode(repo.Build(null, Expect.Deterministic), 0); // the record is checked and stamped

            foreach (var setting in new[] { "-p:CommonsLanguage=de", "-p:CommonsTreatWarningsAsErrors=peut-etre", "-p:CommonsEnforcement=non" })
            {
                for (var build = 1; build <= 2; build++)
                {
                    var result = repo.Build(null, "-p:CommonsToday=2026-11-28", setting);
                    Expect.ExitCode(result, 1);
                    Assert.Contains(result.Lines, l => l.Contains("error CN0902"));
                }
            }
        }

        [Fact]
        public void Two_projects_of_one_solution_check_the_record_once()
        {
            var repo = new ThrowawayRepository("solution").WithRecord(Records.Compliant);
            repo.AddProject("Lib");
            var solution = repo.Write("Both.slnx",
                "<Solution>\n  <Project Path=\"src/App/App.csproj\" />\n  <Project Path=\"src/Lib/Lib.csproj\" />\n</Solution>\n");

            // One node: the cache lives in a build node (IBuildEngine4.RegisterTaskObject); -m:N gives at most N checks.
            var result = repo.Build(solution, "-p:CommonsToday=2026-11-28", "-p:CommonsLanguage=en", "-m:1");

            Expect.ExitCode(result, 0);
            Assert.Single(result.Lines, l => l.StartsWith(Checked, System.StringComparison.Ordinal));
            Assert.Single(result.Lines, l => l.Contains(AlreadyChecked));
        }
    }
}
