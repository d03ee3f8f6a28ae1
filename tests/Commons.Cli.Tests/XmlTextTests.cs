using Commons.Cli.Scan;

namespace Commons.Cli.Tests;

/// <summary>
/// XML saved with a UTF-8 byte order mark, as TextFile hands it over (the mark read as a space that keeps its column):
/// read, not refused as "whitespace before the declaration", and every value at its offset in that text, on the first
/// line as on the others.
/// </summary>
public class XmlTextTests
{
    private const string WithMark = " <?xml version=\"1.0\" encoding=\"utf-8\"?><configuration><add value=\"first.example\" />\n  <add value=\"second.example\" /></configuration>";

    [Fact]
    public void Configuration_values_after_a_byte_order_mark_keep_their_offsets()
    {
        var values = ConfigurationValues.Xml(WithMark).ToList();

        Assert.Equal(new[] { "first.example", "second.example" }, values.Select(v => v.Value));
        // An attribute's value is located at the attribute, as the XML reader reports it, on the first line as on the second.
        Assert.Equal(new[] { WithMark.IndexOf("value=\"first", StringComparison.Ordinal), WithMark.IndexOf("value=\"second", StringComparison.Ordinal) }, values.Select(v => v.Offset));
    }

    [Fact]
    public void A_pom_after_a_byte_order_mark_is_read_with_its_offsets()
    {
        const string pom = " <?xml version=\"1.0\"?><project><dependencies>\n<dependency><groupId>com.sun.mail</groupId><artifactId>jakarta.mail</artifactId></dependency></dependencies></project>";

        var dependency = Assert.Single(JvmManifests.Pom(pom));

        Assert.Equal("com.sun.mail:jakarta.mail", dependency.Name);
        Assert.Equal(pom.IndexOf("jakarta.mail", StringComparison.Ordinal), dependency.Offset);
    }

    [Fact]
    public void Whitespace_before_the_declaration_without_a_mark_is_still_invalid_xml()
    {
        Assert.Throws<UnreadableConfigurationException>(() => ConfigurationValues.Xml("  <?xml version=\"1.0\"?><c/>").ToList());
    }
}
