using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// The record's findings are printed once: by the task in a command-line build; by the analyzers in the IDE's
    /// design-time builds, where the task does not run (simulated here with DesignTimeBuild=true).
    /// </summary>
    public sealed class LiveRecordTests
    {
        [Fact]
        public void A_record_finding_is_printed_once_by_the_task_on_the_command_line_and_by_the_analyzers_in_the_IDE()
        {
            var repo = new ThrowawayRepository("live").WithRecord(Records.ExpiresSoon);
            const string part = "The exception for brick 'authentification-agent' expires on 2026-12-10";

            var commandLine = repo.Build(null, Expect.Deterministic);
            Expect.ExitCode(commandLine, 0);
            Expect.Line(commandLine, repo.RecordPath, 14, 15, "warning", "CN0202", part, repo.ProjectPath());
            Assert.Equal(1, Expect.ReportsOf(commandLine, "warning CN0202"));
            Assert.Contains(commandLine.Lines, l => l.Contains("Commons: checked")); // by the task

            var designTime = repo.Build(null, "-p:CommonsToday=2026-11-28", "-p:CommonsLanguage=en", "-p:DesignTimeBuild=true");
            Expect.ExitCode(designTime, 0);
            Expect.Line(designTime, repo.RecordPath, 14, 15, "warning", "CN0202", part, repo.ProjectPath());
            Assert.Equal(1, Expect.ReportsOf(designTime, "warning CN0202"));
            Assert.DoesNotContain(designTime.Lines, l => l.Contains("Commons: checked")); // the task did not run: the analyzers did
        }
    }
}
