using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.Build.Utilities;
using Xunit;

namespace Commons.Build.Tests
{
    /// <summary>
    /// The package's configuration files reach the compiler only when they are regular files: the compiler opens them
    /// itself, and a FIFO would block it for ever.
    /// </summary>
    public sealed class KeepRegularFilesTests
    {
        [Fact]
        public void Regular_and_missing_files_are_kept_a_fifo_and_a_device_are_left_out_and_named()
        {
            var folder = Directory.CreateTempSubdirectory("commons-keep-regular-").FullName;
            var regular = Path.Combine(folder, "appsettings.json");
            File.WriteAllText(regular, "{}");
            var fifo = Path.Combine(folder, "appsettings.Development.json");
            using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { fifo } })!)
            {
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            var device = Path.Combine(folder, "appsettings.Production.json");
            File.CreateSymbolicLink(device, "/dev/zero");
            var missing = Path.Combine(folder, "appsettings.Staging.json");

            var engine = new FakeBuildEngine();
            var task = new KeepRegularFiles
            {
                BuildEngine = engine,
                Language = "en",
                Files = new[] { regular, fifo, device, missing }.Select(f => new TaskItem(f)).ToArray(),
            };

            Assert.True(task.Execute());
            Assert.Equal(new[] { regular, missing }, task.Regular.Select(i => i.ItemSpec));
            Assert.Equal(
                new[]
                {
                    fifo + ": a named pipe (FIFO), not a regular file: not read; not handed to the analyzers (a project's appsettings*.json is read by the compiler itself).",
                    device + ": a character device, not a regular file: not read; not handed to the analyzers (a project's appsettings*.json is read by the compiler itself).",
                },
                engine.Messages.Select(m => m.Message));
            Assert.Empty(engine.Warnings);
            Assert.Empty(engine.Errors);
        }
    }
}
