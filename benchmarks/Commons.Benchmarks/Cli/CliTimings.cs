namespace Commons.Benchmarks.Cli
{
    internal sealed class CliResult
    {
        public string ToMarkdown() => string.Empty;
    }

    internal static class CliTimings
    {
        public static CliResult Run(string root, TextWriter log) => new();
    }
}
