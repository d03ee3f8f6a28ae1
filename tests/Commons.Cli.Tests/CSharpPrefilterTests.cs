using Commons.Cli.Reports;
using Commons.Cli.Scan;

namespace Commons.Cli.Tests;

/// <summary>
/// The C# scan's text pre-filter analyses only the files that can hold a signature: it must lose no finding of the
/// full binding, on every C# repository the tests know, and must leave out the files that hold nothing.
/// </summary>
public class CSharpPrefilterTests : IClassFixture<FixtureFleet>
{
    private readonly FixtureFleet _fleet;

    public CSharpPrefilterTests(FixtureFleet fleet)
    {
        _fleet = fleet;
    }

    public static TheoryData<string> Fleets() => new()
    {
        Path.Combine("samples", "fleet"),
        Path.Combine("samples", "repositories"),
        Path.Combine("tests", "fixtures"),
    };

    [Theory]
    [MemberData(nameof(Fleets))]
    public void The_prefilter_finds_what_full_binding_finds_on_the_samples(string fleet) =>
        Assert.Equal(Findings(Path.Combine(RepositoryPaths.Root, fleet), prefilter: false), Findings(Path.Combine(RepositoryPaths.Root, fleet), prefilter: true));

    [Fact]
    public void The_prefilter_finds_what_full_binding_finds_on_the_fixture_fleet() =>
        Assert.Equal(Findings(_fleet.Root, prefilter: false), Findings(_fleet.Root, prefilter: true));

    [Fact]
    public void Only_files_holding_a_catalog_name_or_host_are_analysed_unless_a_global_using_brings_one()
    {
        using var repository = new Ecosystems.ScratchRepository()
            .Write("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("src/App/Plain.cs", "namespace App; public sealed class Plain { public int Twice(int x) => x * 2; }")
            .Write("src/App/Mailer.cs", "namespace App; public sealed class Mailer { public void Send() { using var c = new System.Net.Mail.SmtpClient(); } }")
            .Write("src/App/Geo.cs", "namespace App; public static class Geo { public const string Url = \"https://API-ADRESSE.data.gouv.fr/search\"; }");

        var report = repository.Scan();
        Assert.Contains("3 C# file(s)", report.CodeScan);
        Assert.Contains("2 of them hold a catalog name or host", report.CodeScan);
        Assert.Equal(new[] { "src/App/Geo.cs CN1007", "src/App/Mailer.cs CN1004" }, report.Findings.Where(f => f.Id.StartsWith("CN1", StringComparison.Ordinal)).Select(f => f.File + " " + f.Id));

        // A global using alias brings the catalog's type to a file that does not write it: every file is analysed.
        repository.Write("src/App/Usings.cs", "global using Courrier = System.Net.Mail.SmtpClient;")
            .Write("src/App/Plain.cs", "namespace App; public sealed class Plain { public object Make() => new Courrier(); }");
        var withAlias = repository.Scan();
        Assert.DoesNotContain("of them hold", withAlias.CodeScan);
        Assert.Contains(withAlias.Findings, f => f.File == "src/App/Plain.cs" && f.Id == "CN1004");
    }

    private static List<string> Findings(string path, bool prefilter)
    {
        var scanner = new FleetScanner(FleetScanner.Default(code: true, prefilter), System.Globalization.CultureInfo.GetCultureInfo("en"), new DateTime(2026, 11, 28));
        var report = scanner.Scan(RepositoryDiscovery.Find(path));
        return report.Findings.Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id + " " + f.Severity + " " + f.Message).OrderBy(f => f, StringComparer.Ordinal).ToList();
    }
}
