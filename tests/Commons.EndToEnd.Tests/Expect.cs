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
    }
}
