using System.CommandLine;
using System.IO;
using Commons.Cli.Commands;

namespace Commons.Cli
{
    /// <summary>The root of the <c>commons</c> command and its sub-commands.</summary>
    public static class CommonsCommand
    {
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var root = new RootCommand(CliText.Get("Root_Description", CliText.DefaultCulture))
            {
                CheckCommand.Create(stdout, stderr),
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
