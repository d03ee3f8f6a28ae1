using System;
using System.IO;

namespace Commons.Cli
{
    /// <summary>Whether a person is watching: prompts and progress only then, never in pipelines or CI logs.</summary>
    internal static class Terminal
    {
        public static bool IsInteractive(TextWriter stdout) =>
            ReferenceEquals(stdout, Console.Out)
            && !Console.IsInputRedirected
            && !Console.IsOutputRedirected
            && Environment.GetEnvironmentVariable("CI") == null
            && Environment.GetEnvironmentVariable("TF_BUILD") == null;
    }
}
