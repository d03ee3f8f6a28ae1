using Commons.Cli.Tests.Ecosystems;

namespace Commons.Cli.Tests;

/// <summary>
/// The scan reads NuGet references as the build's BrickFileAnalyzer does (the engine's PackageReferences): a project's
/// PackageReference and a central GlobalPackageReference are references, a central PackageVersion only pins a version.
/// </summary>
public class PackageReferenceScannerTests
{
    [Fact]
    public void References_and_global_references_are_reported_at_their_line_and_central_versions_are_not()
    {
        using var repository = new ScratchRepository()
            .Write("Directory.Packages.props", """
                <Project>
                  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
                  <ItemGroup>
                    <PackageVersion Include="AWSSDK.S3" Version="3.7.400" />
                    <GlobalPackageReference Include="SendGrid" Version="9.29.3" />
                  </ItemGroup>
                </Project>
                """)
            .Write("App/App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup>
                    <PackageReference Include="AWSSDK.S3" />
                  </ItemGroup>
                </Project>
                """);

        var findings = repository.Scan("--no-code").Findings.Where(f => f.Id.StartsWith("CN1", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            new[] { "App/App.csproj(3,32) CN1005", "Directory.Packages.props(5,38) CN1004" },
            findings.Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id).OrderBy(f => f, StringComparer.Ordinal));
        Assert.Contains("SendGrid", findings.Single(f => f.File == "Directory.Packages.props").Message, StringComparison.Ordinal);
    }
}
