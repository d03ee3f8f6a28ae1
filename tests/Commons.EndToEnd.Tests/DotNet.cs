using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace Commons.EndToEnd.Tests
{
    /// <summary>The outcome of one dotnet command: exit code and the console's lines.</summary>
    public sealed class DotNetResult
    {
        public DotNetResult(string command, int exitCode, string output)
        {
            Command = command;
            ExitCode = exitCode;
            Output = output;
            Lines = output.Split('\n').Select(l => l.TrimEnd('\r').Trim()).ToList();
        }

        public string Command { get; }

        public int ExitCode { get; }

        public string Output { get; }

        public IReadOnlyList<string> Lines { get; }

        public override string ToString() => "$ " + Command + " (exit " + ExitCode + ")\n" + Output;
    }

    /// <summary>
    /// Runs the dotnet CLI with no MSBuild server, no node reuse and no compiler server, so nothing lingers after
    /// a test and no task assembly stays loaded (or locked) from one build to the next.
    /// </summary>
    public static class DotNet
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        /// <param name="packagesDirectory">The NuGet packages folder; null keeps the machine's, where `dotnet restore` put this repository's dependencies.</param>
        public static DotNetResult Run(string workingDirectory, string? packagesDirectory, params string[] arguments)
        {
            var info = new ProcessStartInfo("dotnet");
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            // MSBuild's switches; `dotnet format` takes none (it has no build server to leave behind).
            if (arguments.Length > 0 && arguments[0] != "format")
            {
                info.ArgumentList.Add("-nodeReuse:false");
                info.ArgumentList.Add("-p:UseSharedCompilation=false");
            }

            return Start(info, workingDirectory, packagesDirectory, "dotnet " + string.Join(" ", info.ArgumentList));
        }

        /// <summary>Runs one line of a CI script with bash, as a CI runner would, in the same environment as <see cref="Run"/>.</summary>
        public static DotNetResult RunShell(string workingDirectory, string? packagesDirectory, string commandLine, params (string Name, string Value)[] environment)
        {
            var info = new ProcessStartInfo("bash");
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(commandLine);
            foreach (var (name, value) in environment)
            {
                info.Environment[name] = value;
            }

            return Start(info, workingDirectory, packagesDirectory, commandLine);
        }

        private static DotNetResult Start(ProcessStartInfo info, string workingDirectory, string? packagesDirectory, string display)
        {
            info.WorkingDirectory = workingDirectory;
            info.RedirectStandardOutput = true;
            info.RedirectStandardError = true;
            info.UseShellExecute = false;
            info.StandardOutputEncoding = Encoding.UTF8;
            info.StandardErrorEncoding = Encoding.UTF8;

            // The test host runs inside an MSBuild-aware environment (dotnet test): do not leak its MSBuild settings.
            foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                info.Environment.Remove(key);
            }

            info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            if (packagesDirectory != null)
            {
                info.Environment["NUGET_PACKAGES"] = packagesDirectory;
            }

            var output = new StringBuilder();
            using var process = new Process { StartInfo = info };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(display + " did not finish in " + Timeout + ":\n" + output);
            }

            process.WaitForExit();
            return new DotNetResult(display, process.ExitCode, output.ToString());
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }
}
