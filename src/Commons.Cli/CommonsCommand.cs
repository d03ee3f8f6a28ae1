using System.CommandLine;
using System.IO;
using Commons.Cli.Commands;
using Spectre.Console;

namespace Commons.Cli
{
    /// <summary>The root of the <c>commons</c> command and its sub-commands.</summary>
    public static class CommonsCommand
    {
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, null);

        /// <summary>
        /// <paramref name="console"/>: the terminal for interactive prompts and progress (tests pass a TestConsole). When
        /// null, one is used only if the process's own console is attached both ways: never when output is captured.
        /// </summary>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IAnsiConsole? console)
        {
            IAnsiConsole? Interactive() => console ?? (Terminal.IsInteractive(stdout) ? AnsiConsole.Console : null);

            var root = new RootCommand(CliText.Get("Root_Description", CliText.DefaultCulture))
            {
                CheckCommand.Create(stdout, stderr),
                InitCommand.Create(stdout, stderr, Interactive),
                ScanCommand.Create(stdout, stderr, Interactive),
                ReportMergeCommand.Create(stdout, stderr),
            };

            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors)
                {
                    stderr.WriteLine("commons: " + error.Message);
                }

                stderr.WriteLine(CliText.Get("Usage_SeeHelp", CliText.DefaultCulture));
                return ExitCodes.Usage;
            }

            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }
    }
}
