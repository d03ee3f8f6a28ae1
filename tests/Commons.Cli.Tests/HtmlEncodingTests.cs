using Commons.Cli.Reports;

namespace Commons.Cli.Tests;

/// <summary>
/// The HTML report's escaping of repository text, exact: every character that could open a tag or end an attribute
/// value, an absent value, and the break opportunities a path gets. Written from the mutation run's survivors (issue
/// 21, point 10): an absent value was never encoded by any test.
/// </summary>
public class HtmlEncodingTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("Démat Social", "D&#233;mat Social")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\" onmouseover=\"x", "&quot; onmouseover=&quot;x")]
    [InlineData("it's & more", "it&#39;s &amp; more")]
    public void Text_and_attribute_values_are_encoded(string? text, string html) =>
        Assert.Equal(html, Html.Encode(text));

    [Theory]
    [InlineData(null, "")]
    [InlineData("src/App/Mailer.cs", "src/<wbr>App/<wbr>Mailer.cs")]
    [InlineData("a\\b.js", "a\\<wbr>b.js")]
    [InlineData("apps/", "apps/")]
    [InlineData("<x>/y", "&lt;x&gt;/<wbr>y")]
    public void A_path_is_encoded_and_may_wrap_after_each_separator_followed_by_more(string? path, string html) =>
        Assert.Equal(html, Html.EncodePath(path));
}
