using System.Diagnostics;
using System.Text;

namespace Commons.Benchmarks.Build
{
    /// <param name="CpuMilliseconds">CPU time of the whole process tree (dotnet, MSBuild nodes, csc), from this process's children counters.</param>
    internal sealed record ProcessResult(int ExitCode, string Output, double Milliseconds, double CpuMilliseconds);

    /// <summary>
    /// Runs the dotnet CLI the way the end-to-end tests do: no MSBuild server, no node reuse, no compiler server
    /// (every build starts from the same state and nothing lingers), the caller's MSBuild variables removed.
    /// </summary>
    internal static class DotNetProcess
    {
        public static ProcessResult Run(string workingDirectory, string? packagesDirectory, IEnumerable<string> arguments, bool msbuild = true)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            if (msbuild)
            {
                info.ArgumentList.Add("-nodeReuse:false");
                info.ArgumentList.Add("-p:UseSharedCompilation=false");
                info.ArgumentList.Add("-tl:off");
            }

            foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
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
            var cpu = ChildrenCpuMilliseconds();
            var watch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = info };
            process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)TimeSpan.FromMinutes(15).TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet " + string.Join(" ", info.ArgumentList) + " timed out");
            }

            process.WaitForExit();
            return new ProcessResult(process.ExitCode, output.ToString(), watch.Elapsed.TotalMilliseconds, ChildrenCpuMilliseconds() - cpu);
        }

        /// <summary>
        /// User + system time of this process's waited-for descendants (Linux /proc/self/stat cutime and cstime, in clock
        /// ticks of 10 ms). Other processes' load does not inflate it, unlike the wall clock. NaN elsewhere.
        /// </summary>
        public static double ChildrenCpuMilliseconds()
        {
            try
            {
                var stat = File.ReadAllText("/proc/self/stat");
                var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
                // After the command name: field 3 is fields[0]; cutime and cstime are fields 16 and 17.
                return (long.Parse(fields[13], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[14], System.Globalization.CultureInfo.InvariantCulture)) * 10.0;
            }
            catch (IOException)
            {
                return double.NaN;
            }
        }

        public static ProcessResult RunOrThrow(string workingDirectory, string? packagesDirectory, params string[] arguments)
        {
            var result = Run(workingDirectory, packagesDirectory, arguments);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet " + string.Join(" ", arguments) + " failed (exit " + result.ExitCode + "):\n" + Tail(result.Output));
            }

            return result;
        }

        public static string Tail(string text, int lines = 40) => string.Join("\n", text.Split('\n').TakeLast(lines));
    }
}
