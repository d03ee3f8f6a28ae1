using Commons.Engine.Text;

namespace Commons.Engine.Tests;

/// <summary>
/// "Did you mean": the distance and the closest match, and that reusing the rows from one candidate to the next
/// (one set per lookup) gives exactly what fresh rows per candidate gave.
/// </summary>
public class EditDistanceTests
{
    private static readonly string[] Words =
    {
        "", "a", "ab", "ba", "nir", "nri", "briques", "brqiues", "bricks", "notifications", "notificatoins", "ged",
        "justification", "justifcation", "echeance", "écheance", "ÉCHÉANCE", "choix", "chiox", "front-usager",
        "front_usager", "statistiques", "authentification-agent", "authentification-publique", "x-very-long-key-name-beyond-thirty-two-chars",
    };

    [Theory]
    [InlineData("nir", "nri", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    public void Distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Distance(a, b));
    }

    [Fact]
    public void Distance_with_reused_rows_equals_the_reference_for_every_pair()
    {
        foreach (var a in Words)
        {
            foreach (var b in Words)
            {
                Assert.Equal(Reference(a, b), EditDistance.Distance(a, b));
            }
        }
    }

    [Fact]
    public void Closest_match_equals_the_reference_whatever_the_order_and_lengths_of_candidates()
    {
        var candidates = Words.Where(w => w.Length > 0).ToList();
        var reversed = Enumerable.Reverse(candidates).ToList();
        foreach (var word in Words)
        {
            Assert.Equal(ReferenceClosest(word, candidates), EditDistance.ClosestMatch(word, candidates));
            Assert.Equal(ReferenceClosest(word, reversed), EditDistance.ClosestMatch(word, reversed));
        }
    }

    [Fact]
    public void Closest_match_suggests_the_misspelt_key_and_nothing_when_too_far()
    {
        Assert.Equal("briques", EditDistance.ClosestMatch("Brqiues", new[] { "version", "projet", "briques" }));
        Assert.Null(EditDistance.ClosestMatch("zzzzzz", new[] { "version", "projet", "briques" }));
        Assert.Null(EditDistance.ClosestMatch("abc", Array.Empty<string>()));
    }

    /// <summary>The implementation before the rows were shared: three new rows per pair.</summary>
    private static int Reference(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }

    private static string? ReferenceClosest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Reference(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        var allowed = Math.Max(1, Math.Min(3, word.Length / 3));
        return bestDistance <= allowed ? best : null;
    }
}
