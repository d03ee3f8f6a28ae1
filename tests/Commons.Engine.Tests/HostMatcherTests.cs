using Commons.Engine.Catalog;

namespace Commons.Engine.Tests;

/// <summary>
/// What the host matcher finds in a text and exactly where: the start and length of each host (with its path), its
/// owner, and what it leaves alone. On a small catalog of its own, so each case names the pattern it is about. Written
/// from the mutation run's survivors (issue 21, point 10): the other tests looked at the owner only, never at where a
/// host starts or ends, nor at the boundaries of a host-shaped run.
/// </summary>
public class HostMatcherTests
{
    private static readonly HostMatcher Matcher = new HostMatcher(new[]
    {
        ("api.example.fr", "api"),
        ("example.fr/geo", "geo"),
        ("*.cdn.example.com", "cdn"),
        ("s3.*.store.example.com", "store"),
        ("z09.example.fr", "z09"),
        ("not a host", "ignored"),
    });

    [Theory]
    [InlineData("api.example.fr", 0, 14, "api")]
    [InlineData("see https://api.example.fr/v1/search?q=1 now", 12, 24, "api")]
    [InlineData("https://API.Example.FR", 8, 14, "api")]
    [InlineData("See api.example.fr.", 4, 14, "api")]
    [InlineData("See api.example.fr...", 4, 14, "api")]
    [InlineData("api.example.fr:8443/x", 0, 21, "api")]
    [InlineData("api.example.fr:/x", 0, 14, "api")]
    [InlineData("api.example.fr:x", 0, 14, "api")]
    [InlineData("url: 'https://example.fr/geo/search#top'", 14, 21, "geo")]
    [InlineData("https://example.fr/geo\"", 8, 14, "geo")]
    [InlineData("<a href=https://example.fr/geo>x</a>", 16, 14, "geo")]
    [InlineData("`example.fr/geo`", 1, 14, "geo")]
    [InlineData("x.cdn.example.com/lib.js", 0, 24, "cdn")]
    [InlineData("s3.eu-west-3.store.example.com", 0, 30, "store")]
    [InlineData(".api.example.fr", 0, 15, "api")]
    [InlineData("(api.example.fr)", 1, 14, "api")]
    [InlineData("... api.example.fr", 4, 14, "api")]
    [InlineData("Z09.EXAMPLE.FR", 0, 14, "z09")]
    public void A_host_is_found_with_its_exact_start_length_and_owner(string text, int start, int length, string owner)
    {
        var match = Assert.Single(Matcher.FindAll(text));

        Assert.Equal((start, length, owner), (match.Start, match.Length, match.Owner));
    }

    [Theory]
    [InlineData("")]
    [InlineData("...")]
    [InlineData(". ..")]
    [InlineData("no dot at all")]
    [InlineData("xapi.example.fr")]
    [InlineData("api.example.frx")]
    [InlineData("noreply@api.example.fr")]
    [InlineData("api.example.fr@home")]
    [InlineData("my_api.example.fr")]
    [InlineData("api.example.fr_old")]
    [InlineData("éapi.example.fr")]
    [InlineData("api.example.fré")]
    [InlineData("example.fr/geography")]
    [InlineData("example.fr")]
    [InlineData("cdn.example.com")]
    [InlineData("s3.store.example.com")]
    [InlineData("not a host")]
    public void Look_alikes_and_parts_of_longer_words_are_not_hosts(string text) =>
        Assert.Empty(Matcher.FindAll(text));

    [Fact]
    public void Every_host_is_found_in_order_each_search_moving_past_the_last()
    {
        const string text = "api.example.fr and example.fr/geo/a then a.cdn.example.com; api.example.fr.";

        var found = Matcher.FindAll(text).Select(m => (m.Start, m.Length, m.Owner)).ToList();

        Assert.Equal(new[] { (0, 14, "api"), (19, 16, "geo"), (41, 17, "cdn"), (60, 14, "api") }, found);
    }

    [Fact]
    public void Try_find_next_moves_the_position_past_the_host_and_its_path()
    {
        const string text = "a example.fr/geo/x b api.example.fr";
        var position = 0;

        Assert.True(Matcher.TryFindNext(text, ref position, out var first));
        Assert.Equal((2, 16, 18), (first.Start, first.Length, position));
        Assert.True(Matcher.TryFindNext(text, ref position, out var second));
        Assert.Equal((21, 14, 35), (second.Start, second.Length, position));
        Assert.False(Matcher.TryFindNext(text, ref position, out _));
    }

    [Fact]
    public void Hosts_inside_one_path_are_each_found_after_the_path_was_read_once()
    {
        // The path after the first host is known to end at the space: the hosts inside it are still matched.
        var found = Matcher.FindAll("x.org/api.example.fr/y api.example.fr").Select(m => (m.Start, m.Length)).ToList();

        Assert.Equal(new[] { (6, 16), (23, 14) }, found);
    }

    [Fact]
    public void The_most_specific_pattern_names_the_owner_whatever_the_catalog_order()
    {
        var matcher = new HostMatcher(new[] { ("*.example.fr", "any"), ("example.fr/geo", "geo"), ("api.example.fr", "api"), ("s3.*.example.fr", "s3") });

        Assert.Equal(
            new[] { "api", "geo", "any", "s3", "any" },
            matcher.FindAll("api.example.fr example.fr/geo/x x.example.fr s3.eu.example.fr s3.a.b.example.fr").Select(m => m.Owner));
    }

    [Fact]
    public void A_catalog_without_a_valid_host_finds_nothing()
    {
        var matcher = new HostMatcher(new[] { ("not a host", "x") });

        Assert.True(matcher.IsEmpty);
        Assert.False(Matcher.IsEmpty);
        Assert.Empty(matcher.FindAll("api.example.fr"));
    }
}
