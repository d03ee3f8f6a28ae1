using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Commons.Engine.Catalog;
using Xunit;

namespace Commons.Engine.Tests
{
    /// <summary>
    /// The host matcher's work on the worst shapes we could build, counted (characters read, patterns tried), not
    /// timed: the same work per character at 10 KB and at 1 MB. Before the fix, <c>a.b/</c> repeated read the rest of
    /// the path again after every host, work growing with the square of the size. The time per MB is a benchmark
    /// (benchmarks/Commons.Benchmarks, <c>--hostile</c>).
    /// </summary>
    public class HostMatcherLinearityTests
    {
        private static readonly HostMatcher Embedded = HostMatcher.For(BrickCatalog.Embedded);

        /// <summary>Each shape: one unit, repeated to the size wanted, and what the matcher must find in it.</summary>
        public static readonly TheoryData<string, string> Shapes = new TheoryData<string, string>
        {
            { "path after path", "a.b/" },
            { "hosts ending in a catalog label inside one path", "x.gouv.fr/" },
            { "a catalog host's look-alike in one path", "api-adresse.data.gouv.frx/" },
            { "a long host-shaped run", "a.b." },
            { "ports", "a.fr:1" },
            { "e-mail domains", "a@api.sendgrid.com;" },
            { "a wildcard pattern's last labels, again and again", "s3.a.b.amazonaws.com." },
            { "sentence full stops", "x.fr. " },
        };

        [Theory]
        [MemberData(nameof(Shapes))]
        public void The_work_per_character_is_the_same_from_10_KB_to_1_MB(string shape, string unit)
        {
            var small = StepsPerCharacter(Repeat(unit, 10_000), Embedded);
            var large = StepsPerCharacter(Repeat(unit, 1_000_000), Embedded);

            // Linear: the same constant at both sizes (the quadratic matcher read 100 times more per character at 1 MB).
            Assert.True(large <= small * 1.02, $"{shape}: {small:F2} steps per character at 10 KB, {large:F2} at 1 MB");
        }

        [Fact]
        public void A_megabyte_long_label_before_a_wildcard_pattern_is_read_a_bounded_number_of_times()
        {
            // s3.*.amazonaws.com: the * reads at most one DNS label (63 characters) back, not the whole run.
            var text = "s3." + new string('a', 1_000_000) + ".amazonaws.com";
            var steps = StepsPerCharacter(text, Embedded);

            Assert.True(steps < 3, $"{steps:F2} steps per character");
            Assert.Empty(Embedded.FindAll(text));
        }

        [Fact]
        public void Every_host_inside_one_long_path_is_still_found()
        {
            // The path's end, read once, is shared by every host in it: each host is still tried and found.
            var text = Repeat("https://api.sendgrid.com/", 1_000_000);
            var matches = Embedded.FindAll(text);

            // The first match takes the whole path (no white space ends it): the hosts after it are its path.
            var match = Assert.Single(matches);
            Assert.Equal(8, match.Start);
            Assert.Equal(text.Length - 8, match.Length);
        }

        [Fact]
        public void Hosts_separated_by_spaces_are_each_found_at_their_offset()
        {
            const string Unit = "x https://api-adresse.data.gouv.fr/search?q=1 ";
            var text = Repeat(Unit, 100_000);
            var matches = Embedded.FindAll(text);

            Assert.Equal(text.Length / Unit.Length, matches.Count);
            Assert.All(matches.Select((m, i) => (m, i)), p => Assert.Equal((p.i * Unit.Length) + 10, p.m.Start));
            Assert.All(matches, m => Assert.Equal("api-ban", m.Owner));
            Assert.All(matches, m => Assert.Equal("api-adresse.data.gouv.fr/search".Length, m.Length));
        }

        [Fact]
        public void A_label_longer_than_dns_allows_does_not_fill_a_wildcard()
        {
            var matcher = new HostMatcher(new[] { ("s3.*.amazonaws.com", "ged") });

            Assert.Single(matcher.FindAll("s3." + new string('a', 63) + ".amazonaws.com"));
            Assert.Empty(matcher.FindAll("s3." + new string('a', 64) + ".amazonaws.com"));
        }

        private static string Repeat(string unit, int size)
        {
            var text = new StringBuilder(size + unit.Length);
            while (text.Length < size)
            {
                text.Append(unit);
            }

            return text.ToString();
        }

        private static double StepsPerCharacter(string text, HostMatcher matcher)
        {
            var steps = default(CountedSteps);
            var position = 0;
            while (matcher.TryFindNext(text, ref position, out _, ref steps))
            {
            }

            return (double)steps.Total / text.Length;
        }

        private struct CountedSteps : HostMatcher.IStepCounter
        {
            public long Total;

            public void Add(int steps) => Total += steps;
        }
    }
}
