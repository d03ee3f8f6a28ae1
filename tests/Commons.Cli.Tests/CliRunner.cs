using System.Diagnostics;

namespace Commons.Cli.Tests;

/// <summary>Runs <c>commons</c> in process (fast, for most tests) or as a real process (for exit codes and crashes).</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommonsCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Output, string Error) RunProcess(string workingDirectory, params string[] args) =>
        RunProcess(workingDirectory, TimeSpan.FromSeconds(60), Array.Empty<string>(), args);

    /// <summary>
    /// The real command in its own process, killed and the test failed if it has not ended after <paramref name="hangGuard"/>
    /// (a hang guard, not a timing: generous enough for a loaded machine). <paramref name="launcher"/> runs it (a program
    /// and its options before <c>dotnet</c>, e.g. setpriv); empty, dotnet runs it directly.
    /// </summary>
    public static (int ExitCode, string Output, string Error) RunProcess(string workingDirectory, TimeSpan hangGuard, IReadOnlyList<string> launcher, params string[] args)
    {
        var dotnet = launcher.Concat(new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "commons.dll") });
        return RunCommand(workingDirectory, hangGuard, dotnet.Concat(args).ToList());
    }

    /// <summary>
    /// Any program (<paramref name="command"/>: the program, then its arguments) in its own process, its output read
    /// whole; killed and the test failed if it has not ended after <paramref name="hangGuard"/>.
    /// </summary>
    public static (int ExitCode, string Output, string Error) RunCommand(string workingDirectory, TimeSpan hangGuard, IReadOnlyList<string> command)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(hangGuard))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail(string.Join(' ', command) + " did not end within " + hangGuard);
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public static string Sample(string name) => Path.Combine(RepositoryPaths.Root, "samples", "records", name);
}
