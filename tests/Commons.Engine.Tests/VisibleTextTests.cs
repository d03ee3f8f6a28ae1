using Commons.Engine.Text;

namespace Commons.Engine.Tests;

/// <summary>
/// The escaping of repository text (file names, quoted values) for one-line text reports, character by character at
/// each bound of the escaped ranges: the CLI's forged-file-name tests see three names, these see every edge.
/// </summary>
public class VisibleTextTests
{
    [Theory]
    [InlineData("Payments.cs", "Payments.cs")]
    [InlineData("", "")]
    [InlineData("a\\b.js", "a\\b.js")]
    [InlineData("é ü ~ \u00A0 \u00FF \u2027 \u202F \u2065 \u206A", "é ü ~ \u00A0 \u00FF \u2027 \u202F \u2065 \u206A")]
    public void Text_without_controls_is_returned_as_it_is(string text, string expected)
    {
        var escaped = VisibleText.Escape(text);

        Assert.Equal(expected, escaped);
        Assert.Same(text, escaped);
    }

    [Theory]
    [InlineData("x\ny", "x\\ny")]
    [InlineData("x\ry", "x\\ry")]
    [InlineData("x\ty", "x\\ty")]
    [InlineData("\u0000", "\\x00")]
    [InlineData("\u001b[31m", "\\x1b[31m")]
    [InlineData("\u001f", "\\x1f")]
    [InlineData(" \u007f", " \\x7f")]
    [InlineData("\u0080", "\\x80")]
    [InlineData("\u009f", "\\x9f")]
    [InlineData("\u2028\u2029", "\\u2028\\u2029")]
    [InlineData("\u202a\u202e", "\\u202a\\u202e")]
    [InlineData("\u2066\u2069", "\\u2066\\u2069")]
    [InlineData("ok\nthen é\u001b", "ok\\nthen é\\x1b")]
    [InlineData("a\n\nb", "a\\n\\nb")]
    public void Controls_become_visible_escapes_and_the_rest_stays(string text, string expected) =>
        Assert.Equal(expected, VisibleText.Escape(text));
}
