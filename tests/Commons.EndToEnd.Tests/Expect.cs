using System.Linq;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    internal static class Expect
    {
        public static readonly string[] Deterministic = { "-p:CommonsToday=2026-11-28", "-p:CommonsLanguage=en" };

        /// <summary>Asserts a console line in MSBuild's canonical form: <c>file(line,col): kind ID: message… [project]</c>.</summary>
        public static string Line(DotNetResult result, string file, int line, int column, string kind, string id, string messagePart, string project)
        {
            var prefix = file + "(" + line + "," + column + "): " + kind + " " + id + ": ";
            var match = result.Lines.FirstOrDefault(l => l.StartsWith(prefix, System.StringComparison.Ordinal));
            Assert.True(match != null, "no line starting with '" + prefix + "' in:\n" + result);
            Assert.Contains(messagePart, match);
            Assert.EndsWith(" [" + project + "]", match);
            return match!;
        }

        public static void ExitCode(DotNetResult result, int expected) => Assert.True(result.ExitCode == expected, "expected exit " + expected + ":\n" + result);

        /// <summary>How many times the build reported it, not counting MSBuild's closing summary (after "Build succeeded" or "Build FAILED"), which repeats every warning and error.</summary>
        public static int ReportsOf(DotNetResult result, string what) => BeforeSummary(result).Count(l => l.Contains(what));

        /// <summary>The lines the build printed as it went, without MSBuild's closing summary.</summary>
        public static System.Collections.Generic.List<string> BeforeSummary(DotNetResult result)
        {
            var lines = result.Lines.ToList();
            var summary = lines.FindIndex(l => l.Contains("Build succeeded") || l.Contains("Build FAILED"));
            return lines.Take(summary < 0 ? lines.Count : summary).ToList();
        }
    }
}
