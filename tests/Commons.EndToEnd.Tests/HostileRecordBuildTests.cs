using System.Diagnostics;
using System.IO;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// <c>dotnet build</c> with the package on a record that is not a regular file: a FIFO used to block the build
    /// forever, a link to <c>/dev/zero</c> to end in OutOfMemoryException (MSB4018). Both are a CN0002 error at the
    /// record; the build ends (DotNet.Run's hang guard would kill it otherwise).
    /// </summary>
    public sealed class HostileRecordBuildTests
    {
        [Fact]
        public void A_fifo_record_fails_the_build_with_CN0002_instead_of_blocking_it()
        {
            var repo = new ThrowawayRepository("fifo-record");
            using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { repo.RecordPath } })!)
            {
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            var result = repo.Build(null, Expect.Deterministic);

            Expect.ExitCode(result, 1);
            Expect.Line(result, repo.RecordPath, 1, 1, "error", "CN0002", "The record could not be read: a named pipe (FIFO), not a regular file: not read", repo.ProjectPath());
            Assert.DoesNotContain("MSB4018", result.Output);
        }

        [Fact]
        public void A_record_linked_to_dev_zero_fails_the_build_with_CN0002_not_an_out_of_memory()
        {
            var repo = new ThrowawayRepository("zero-record");
            File.CreateSymbolicLink(repo.RecordPath, "/dev/zero");

            var result = repo.Build(null, Expect.Deterministic);

            Expect.ExitCode(result, 1);
            Expect.Line(result, repo.RecordPath, 1, 1, "error", "CN0002", "The record could not be read: a character device, not a regular file: not read", repo.ProjectPath());
            Assert.DoesNotContain("MSB4018", result.Output);
            Assert.DoesNotContain("OutOfMemoryException", result.Output);
        }

        [Fact]
        public void A_fifo_or_a_device_named_appsettings_is_left_out_of_the_compilation_instead_of_blocking_it()
        {
            var repo = new ThrowawayRepository("fifo-appsettings").WithRecord(Records.Compliant);
            var fifo = repo.Path_(Path.Combine("src", "App", "appsettings.json"));
            using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { fifo } })!)
            {
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            File.CreateSymbolicLink(repo.Path_(Path.Combine("src", "App", "appsettings.Production.json")), "/dev/zero");

            var result = repo.Build(null, Expect.Deterministic);

            Expect.ExitCode(result, 0);
            Assert.Contains(fifo + ": a named pipe (FIFO), not a regular file: not read; not handed to the analyzers", result.Output);
            Assert.Contains("appsettings.Production.json: a character device, not a regular file: not read; not handed to the analyzers", result.Output);
        }
    }
}
