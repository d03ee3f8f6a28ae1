using Commons.Engine.Catalog;

namespace Commons.Engine.Tests;

/// <summary>Package references as the build's analyzers read an MSBuild file: line by line, no evaluation.</summary>
public class PackageReferencesTests
{
    [Fact]
    public void References_are_found_at_their_line_and_column_and_versions_are_not_references()
    {
        const string text = "<Project>\r\n  <ItemGroup>\r\n    <PackageReference Include=\"SendGrid\" Version=\"9.29.3\" />\r\n" +
            "    <PackageVersion Include=\"AWSSDK.S3\" Version=\"4.0.0\" /><GlobalPackageReference Include=\"Minio\" Version=\"6.0.0\" />\r\n    <PackageReference Version=\"1.0\" Update=\" Minio \" /><PackageReference Include=\"Elsa.Core\" />\r\n  </ItemGroup>\r\n</Project>\r\n";
        var found = PackageReferences.In(text).Select(m => (m.Id, m.Line, m.Column)).ToList();
        Assert.Equal(new[] { ("SendGrid", 3, 32), ("Minio", 4, 92), ("Minio", 5, 46), ("Elsa.Core", 5, 83) }, found);
    }

    [Theory]
    [InlineData("SendGrid", "sendgrid", true)]
    [InlineData("FluentEmail.*", "FluentEmail.Smtp", true)]
    [InlineData("Elsa*", "Elsa", true)]
    [InlineData("SendGrid", "SendGrid.Extensions", false)]
    [InlineData("FluentEmail.*", "FluentEmailer", false)]
    public void Patterns_match_ids_without_case_and_families_by_prefix(string pattern, string id, bool matches) =>
        Assert.Equal(matches, PackageReferences.Matches(pattern, id));
}
