using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Commons.Build.Tests
{
    /// <summary>
    /// The build tasks on a record that is not a regular file: a FIFO would block the build forever, a link to
    /// <c>/dev/zero</c> would read until OutOfMemoryException (MSB4018). Each is a CN0002 error at the record, the build
    /// ends. A hang guard, not a time limit, keeps a regression from blocking the test run.
    /// </summary>
    public sealed class HostileRecordTests
    {
        private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

        [Fact]
        public void A_fifo_record_is_CN0002_and_the_build_goes_on()
        {
            using var repo = new TempRepository();
            var record = repo.Path_("commons-decision.yml");
            Fifo(record);
            var engine = new FakeBuildEngine();

            Assert.False(Guarded(() => Validate(engine, repo.Root).Execute()));

            var error = Assert.Single(engine.Errors);
            Assert.Equal("CN0002", error.Code);
            Assert.Equal(record, error.File);
            Assert.Equal("The record could not be read: a named pipe (FIFO), not a regular file: not read", error.Message);
        }

        [Fact]
        public void A_record_linked_to_dev_zero_is_CN0002_not_an_out_of_memory()
        {
            using var repo = new TempRepository();
            File.CreateSymbolicLink(repo.Path_("commons-decision.yml"), "/dev/zero");
            var engine = new FakeBuildEngine();

            Assert.False(Guarded(() => Validate(engine, repo.Root).Execute()));

            Assert.Equal("The record could not be read: a character device, not a regular file: not read", Assert.Single(engine.Errors).Message);
        }

        [Fact]
        public void Provider_verification_reads_nothing_from_a_fifo_record()
        {
            using var repo = new TempRepository();
            var record = repo.Path_("commons-decision.yml");
            Fifo(record);
            var task = new VerifyCommonsProviders { BuildEngine = new FakeBuildEngine(), RecordPath = record };

            Assert.True(Guarded(() => task.Execute()));
            Assert.Equal(string.Empty, task.VerifiedProviders);
        }

        private static ValidateCommonsDecision Validate(FakeBuildEngine engine, string folder) => new ValidateCommonsDecision
        {
            BuildEngine = engine,
            ProjectDirectory = folder,
            Language = "en",
            Today = "2026-11-28",
        };

        private static T Guarded<T>(Func<T> action)
        {
            var task = Task.Run(action);
            Assert.True(task.Wait(HangGuard), "the task did not end: the record was opened as a file");
            return task.Result;
        }

        private static void Fifo(string path)
        {
            using var process = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }
    }
}
