using Xunit;

namespace Commons.EndToEnd.Tests
{
    public sealed class SeverityTests
    {
        [Fact]
        public void A_record_warning_is_a_warning_until_CommonsTreatWarningsAsErrors_makes_it_an_error()
        {
            var repo = new ThrowawayRepository("severity").WithRecord(Records.ExpiresSoon);

            var relaxed = repo.Build(null, Expect.Deterministic);
            Expect.ExitCode(relaxed, 0);
            Expect.Line(relaxed, repo.RecordPath, 14, 15, "warning", "CN0202", "2026-12-10", repo.ProjectPath());

            var strict = repo.Build(null, "-p:CommonsToday=2026-11-28", "-p:CommonsLanguage=en", "-p:CommonsTreatWarningsAsErrors=true");
            Expect.ExitCode(strict, 1);
            Expect.Line(strict, repo.RecordPath, 14, 15, "error", "CN0202", "2026-12-10", repo.ProjectPath());
        }
    }
}
