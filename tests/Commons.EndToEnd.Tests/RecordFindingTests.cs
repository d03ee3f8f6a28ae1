using Xunit;

namespace Commons.EndToEnd.Tests
{
    public sealed class RecordFindingTests
    {
        [Fact]
        public void Schema_contradiction_and_expired_exception_each_fail_at_their_line_and_column()
        {
            var repo = new ThrowawayRepository("findings").WithRecord(Records.Findings);

            var result = repo.Build(null, Expect.Deterministic);

            Expect.ExitCode(result, 1);
            Expect.Line(result, repo.RecordPath, 9, 13, "error", "CN0102", "Démarches Simplifiées", repo.ProjectPath());
            Expect.Line(result, repo.RecordPath, 12, 13, "error", "CN0011", "glpi-magique", repo.ProjectPath());
            Expect.Line(result, repo.RecordPath, 17, 15, "error", "CN0201", "2026-06-30", repo.ProjectPath());
        }

        [Fact]
        public void CommonsDecisionFile_names_a_record_elsewhere_and_a_YAML_syntax_error_fails_at_its_line_and_column()
        {
            var repo = new ThrowawayRepository("syntax").WithRecord(Records.Syntax, "policy/decision.yml");
            var record = repo.Path_("policy/decision.yml");

            var result = repo.Build(null, "-p:CommonsToday=2026-11-28", "-p:CommonsLanguage=en", "-p:CommonsDecisionFile=" + record);

            Expect.ExitCode(result, 1);
            Expect.Line(result, record, 4, 11, "error", "CN0002", "not valid YAML", repo.ProjectPath());
        }
    }
}
