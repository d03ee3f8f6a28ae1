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

    /// <summary>
    /// Within a selected file only the blocks holding a key are bound, and only the files declaring what those use are
    /// compiled: each way a signature reaches a block unwritten must still be found, exactly as the full binding finds it.
    /// </summary>
    [Fact]
    public void Signatures_that_reach_a_block_unwritten_are_found_as_the_full_binding_finds_them()
    {
        using var repository = new Ecosystems.ScratchRepository()
            .Write("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />")
            // A target-typed new() whose type only the field's declaration writes.
            .Write("src/App/Mailer.cs", "namespace App; public sealed class Mailer { private readonly System.Net.Mail.SmtpClient _client;\n public Mailer() {\n _client = new(); } }")
            // An alias: the block writes the alias, not the type.
            .Write("src/App/Aliased.cs", "using Courrier = System.Net.Mail.SmtpClient;\nnamespace App; public static class Aliased {\n public static object Make() { return new Courrier(); } }")
            // An inherited static member called unqualified, through a base declared in another file.
            .Write("src/App/AppUserManager.cs", "using Microsoft.AspNetCore.Identity;\nnamespace App; public class AppUser { }\npublic abstract class AppUserManager : UserManager<AppUser> { protected AppUserManager() : base(null!, null!, null!, null!, null!, null!, null!, null!, null!) { } }")
            .Write("src/App/Accounts.cs", "namespace App; // an AppUserManager, hence a UserManager\npublic abstract class Accounts : AppUserManager {\n public string Purpose(string email) { return GetChangeEmailTokenPurpose(email); } }")
            // Code inside a catalog namespace names its types without a using.
            .Write("src/App/Models.cs", "namespace IdentityServer4; public sealed class Client { }")
            .Write("src/App/Store.cs", "namespace IdentityServer4; public sealed class Store {\n public object Find() { return new Client(); } }")
            // A file that holds no key, declaring a type a selected file uses: compiled, never analysed.
            .Write("src/App/Settings.cs", "namespace App; public sealed class Settings { public string Host { get; set; } = \"\"; }")
            .Write("src/App/Geo.cs", "namespace App; public sealed class Geo { public string Url(Settings s) { return \"https://api-adresse.data.gouv.fr/search?q=\" + s.Host; } }");

        var full = Findings(repository.Root, prefilter: false);
        var prefiltered = Findings(repository.Root, prefilter: true);
        Assert.Equal(full, prefiltered);
        var where = prefiltered.Select(f => f.Split(' ')[0] + " " + f.Split(' ')[1]).ToList();
        Assert.Contains("src/App/Mailer.cs(3,12) CN1004", where);
        Assert.Contains("src/App/Aliased.cs(3,39) CN1004", where);
        Assert.Contains("src/App/Accounts.cs(3,47) CN1001", where);
        Assert.Contains("src/App/Store.cs(2,32) CN1001", where);
        Assert.Contains("src/App/Geo.cs(1,81) CN1007", where);
    }

    private static List<string> Findings(string path, bool prefilter)
    {
        var scanner = new FleetScanner(FleetScanner.Default(code: true, prefilter), System.Globalization.CultureInfo.GetCultureInfo("en"), new DateTime(2026, 11, 28));
        var report = scanner.Scan(RepositoryDiscovery.Find(path));
        return report.Findings.Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id + " " + f.Severity + " " + f.Message).OrderBy(f => f, StringComparer.Ordinal).ToList();
    }
}
