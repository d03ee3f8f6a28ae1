namespace Commons.Engine.Tests;

/// <summary>The markers of expected findings: taken out of the text, each read at the line and column it marks.</summary>
public class FindingMarkupTests
{
    [Fact]
    public void A_marker_gives_the_position_of_its_text_in_the_unmarked_text()
    {
        var (text, expected) = FindingMarkup.Parse("a: 1\nb: [x, {|CN0011:y|}]\n{|CN0013:|}c: 2\n");
        Assert.Equal("a: 1\nb: [x, y]\nc: 2\n", text);
        Assert.Equal(new[] { ("CN0011", 2, 8), ("CN0013", 3, 1) }, expected);
    }

    [Fact]
    public void A_marker_left_open_fails()
    {
        Assert.ThrowsAny<Exception>(() => FindingMarkup.Parse("a: {|CN0011:1\n"));
    }
}
