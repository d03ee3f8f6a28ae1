using System.CommandLine;
using System.CommandLine.Help;
using System.Linq;
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

            // One language per run, help included: our descriptions follow --lang, and so do System.CommandLine's own
            // words ("Show help and usage information", parse errors), which it takes from the UI culture.
            var culture = CliText.CultureFor(CliText.LanguageArgument(args) ?? "fr");
            var uiCulture = System.Globalization.CultureInfo.CurrentUICulture;
            CliText.RunCulture = culture;
            System.Globalization.CultureInfo.CurrentUICulture = culture;
            try
            {
                return Parse(args, stdout, stderr, Interactive, culture);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = uiCulture;
            }
        }

        private static int Parse(string[] args, TextWriter stdout, TextWriter stderr, System.Func<IAnsiConsole?> interactiveConsole, System.Globalization.CultureInfo culture)
        {
            var root = new RootCommand(CliText.Get("Root_Description", culture))
            {
                CheckCommand.Create(stdout, stderr),
                InitCommand.Create(stdout, stderr, interactiveConsole),
                ScanCommand.Create(stdout, stderr, interactiveConsole),
                ReportMergeCommand.Create(stdout, stderr),
                ExceptionCommand.Create(stdout, stderr),
                SchemaCommand.Create(stdout, stderr),
                PolicyCommand.Create(stdout, stderr, interactiveConsole),
            };

            // The help option's description is not translated by System.CommandLine's French resources: ours is.
            foreach (var help in root.Options.OfType<HelpOption>())
            {
                help.Description = CliText.Get("Option_Help", culture);
            }

            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors)
                {
                    stderr.WriteLine("commons: " + error.Message);
                }

                stderr.WriteLine(CliText.Get("Usage_SeeHelp", culture));
                return ExitCodes.Usage;
            }

            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }
    }
}
