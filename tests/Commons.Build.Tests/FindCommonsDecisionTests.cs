using System;
using Xunit;

namespace Commons.Build.Tests
{
    public sealed class FindCommonsDecisionTests
    {
        [Fact]
        public void It_outputs_the_record_and_the_day_of_the_check()
        {
            using var repo = new TempRepository();
            var record = repo.Write("commons-decision.yml", Records.Compliant);
            var task = new FindCommonsDecision
            {
                BuildEngine = new FakeBuildEngine(),
                ProjectDirectory = repo.Folder("src", "App"),
                Clock = () => new DateTime(2026, 11, 28, 23, 59, 0),
            };

            Assert.True(task.Execute());

            Assert.True(task.Found);
            Assert.Equal(record, task.RecordPath);
            Assert.Equal("2026-11-28", task.EffectiveToday);
        }

        [Fact]
        public void It_never_fails_the_build_even_on_a_bad_path()
        {
            var engine = new FakeBuildEngine();
            var task = new FindCommonsDecision { BuildEngine = engine, ProjectDirectory = "/tmp", DecisionFile = "\0", Today = "not-a-date" };

            Assert.True(task.Execute());
            Assert.Empty(engine.Errors);
            Assert.False(task.Found);
            Assert.Equal("not-a-date", task.EffectiveToday);
        }
    }
}
