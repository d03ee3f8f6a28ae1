using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// The task under parallel builds (issue 7): six projects sharing one record, built with <c>-m</c> twice, give the
    /// same findings each time and no file-lock error; a record changed between two builds is picked up.
    /// </summary>
    public sealed class ParallelBuildTests
    {
        private static readonly Regex LockErrors = new Regex(@"MSB3026|MSB3027|MSB3021|being used by another process|IOException|CN0903", RegexOptions.CultureInvariant);

        [Fact]
        public void Six_projects_built_in_parallel_twice_agree_and_a_changed_record_is_picked_up()
        {
            var repo = new ThrowawayRepository("parallel").WithRecord(Records.ExpiresSoon);
            var names = new[] { "App", "Lib1", "Lib2", "Lib3", "Lib4", "Lib5" };
            foreach (var name in names.Skip(1))
            {
                repo.AddProject(name);
            }

            var solution = repo.Write("All.slnx",
                "<Solution>\n" + string.Concat(names.Select(n => "  <Project Path=\"src/" + n + "/" + n + ".csproj\" />\n")) + "</Solution>\n");

            var first = repo.Build(solution, "-m:4", Expect.Deterministic[0], Expect.Deterministic[1]);
            var second = repo.Build(solution, "-m:4", Expect.Deterministic[0], Expect.Deterministic[1]);

            foreach (var build in new[] { first, second })
            {
                Expect.ExitCode(build, 0);
                Assert.DoesNotContain(build.Lines, l => LockErrors.IsMatch(l));
                Assert.Contains(Findings(build), l => l.StartsWith(repo.RecordPath + "(14,15): warning CN0202: The exception for brick 'authentification-agent' expires on 2026-12-10", StringComparison.Ordinal));
            }

            // The same warning (text and position), whichever project and node reported it.
            Assert.Equal(Findings(first), Findings(second));

            // The record changes between two builds: an error at once, in every parallel build of the solution.
            repo.WithRecord(Records.Findings);
            var changed = repo.Build(solution, "-m:4", Expect.Deterministic[0], Expect.Deterministic[1]);
            Expect.ExitCode(changed, 1);
            Assert.Contains(Findings(changed), l => l.StartsWith(repo.RecordPath + "(12,13): error CN0011: ", StringComparison.Ordinal));
            Assert.DoesNotContain(changed.Lines, l => LockErrors.IsMatch(l));
        }

        /// <summary>The distinct findings of a build without the project suffix (which project reports first may vary).</summary>
        private static List<string> Findings(DotNetResult build) =>
            build.Lines.Where(l => Regex.IsMatch(l, @": (error|warning) CN\d{4}: "))
                .Select(l => Regex.Replace(Regex.Replace(l, @"^\d+>", string.Empty), @" \[[^\]]+\]$", string.Empty))
                .Distinct().OrderBy(l => l, StringComparer.Ordinal).ToList();
    }
}
