using Commons.Engine.Catalog;

namespace Commons.Engine.Tests;

/// <summary>
/// A catalog host signature, value by value: what is accepted, how specific it is (the most specific pattern names the
/// brick), how much it reads, and which hosts and paths it matches. Written from the mutation run's survivors (issue 21,
/// point 10): the analyzers' tests went through the embedded catalog only, and a lost case-insensitivity, a wrong
/// weight or a label compared on its prefix passed.
/// </summary>
public class HostPatternTests
{
    [Theory]
    [InlineData("api-adresse.data.gouv.fr", "", "fr")]
    [InlineData("API-Adresse.Data.Gouv.FR/Search/", "/Search", "FR")]
    [InlineData("  data.geopf.fr/geocodage  ", "/geocodage", "fr")]
    [InlineData("*.dev-franceconnect.fr", "", "fr")]
    [InlineData("s3.*.amazonaws.com", "", "com")]
    public void A_host_signature_is_parsed_whatever_its_case(string text, string path, string lastLabel)
    {
        Assert.True(HostPattern.TryParse(text, out var pattern));
        Assert.Equal(text.Trim(), pattern!.Text);
        Assert.Equal(path, pattern.Path);
        Assert.Equal(lastLabel, pattern.LastLabel);
    }

    [Theory]
    [InlineData("example")]
    [InlineData("*b.example.fr")]
    [InlineData("a*.example.fr")]
    [InlineData("example.*")]
    [InlineData("*.fr.")]
    [InlineData("example.fr?q=1")]
    [InlineData("https://example.fr")]
    public void A_malformed_host_signature_is_refused(string text)
    {
        Assert.False(HostPattern.TryParse(text, out var pattern));
        Assert.Null(pattern);
    }

    [Theory]
    [InlineData("example.fr", 20)]
    [InlineData("data.geopf.fr/geocodage", 10_030)]
    [InlineData("*.dev-franceconnect.fr", 15)]
    [InlineData("s3.*.amazonaws.com", 30)]
    [InlineData("*.a.*.example.fr", 25)]
    public void Specificity_weighs_the_path_then_the_exact_labels_then_a_leading_wildcard(string text, int specificity)
    {
        Assert.True(HostPattern.TryParse(text, out var pattern));
        Assert.Equal(specificity, pattern!.Specificity);
    }

    [Theory]
    [InlineData("example.fr", 10)]
    [InlineData("*.dev-franceconnect.fr", 22)]
    [InlineData("s3.*.amazonaws.com", 18 + 64)]
    [InlineData("a.*.*.fr", 8 + 128)]
    public void The_most_characters_read_is_the_pattern_and_a_full_label_per_wildcard(string text, int most)
    {
        Assert.True(HostPattern.TryParse(text, out var pattern));
        Assert.Equal(most, pattern!.MostCharactersRead);
    }

    [Theory]
    [InlineData("api.example.fr", "api.example.fr", true)]
    [InlineData("api.example.fr", "API.EXAMPLE.FR", true)]
    [InlineData("api.example.fr", "api.exampl.fr", false)]
    [InlineData("api.example.fr", "api.examplee.fr", false)]
    [InlineData("api.example.fr", "xapi.example.fr", false)]
    [InlineData("api.example.fr", "a.api.example.fr", false)]
    [InlineData("api.example.fr", "example.fr", false)]
    [InlineData("api.example.fr", ".api.example.fr", true)]
    [InlineData("*.example.fr", "a.example.fr", true)]
    [InlineData("*.example.fr", "a.b.example.fr", true)]
    [InlineData("*.example.fr", "example.fr", false)]
    [InlineData("*.example.fr", ".example.fr", false)]
    [InlineData("s3.*.example.com", "s3.eu-west-3.example.com", true)]
    [InlineData("s3.*.example.com", "s3.example.com", false)]
    [InlineData("s3.*.example.com", "s3.a.b.example.com", false)]
    [InlineData("s3.*.example.com", "s3..example.com", false)]
    public void A_host_matches_label_by_label(string signature, string host, bool expected)
    {
        Assert.True(HostPattern.TryParse(signature, out var pattern));
        Assert.Equal(expected, pattern!.Matches(host, 0, host.Length, host.Length, 0));
    }

    [Theory]
    [InlineData("/geo", true)]
    [InlineData("/geo/search", true)]
    [InlineData("/GEO/search", true)]
    [InlineData("/geo.json", true)]
    [InlineData("/geo2", false)]
    [InlineData("/ge", false)]
    [InlineData("", false)]
    [InlineData("/other/geo", false)]
    public void A_path_prefix_matches_on_a_segment_boundary(string path, bool expected)
    {
        Assert.True(HostPattern.TryParse("example.fr/geo", out var pattern));
        var text = "example.fr" + path;
        Assert.Equal(expected, pattern!.Matches(text, 0, 10, 10, path.Length));
    }

    [Fact]
    public void A_path_is_compared_where_it_starts_in_the_text_not_from_the_start_of_the_text()
    {
        Assert.True(HostPattern.TryParse("example.fr/geo", out var pattern));
        const string text = "see https://example.fr/geo/search and https://example.fr/geo2";

        Assert.True(pattern!.Matches(text, 12, 10, 22, 11));
        Assert.False(pattern.Matches(text, 46, 10, 56, 5));
    }
}
