using System.Globalization;
using Commons.Cli.Audit;

namespace Commons.Cli.Tests;

/// <summary>
/// The bypasses of enforcement (CN0957–CN0963) over tests/fixtures/bypassed-repository, which takes the analyzers
/// or the record out of the build once in every way its README lists: each is found at its file and line, with
/// whether a comment justifies it; the look-alikes of the fixture stay quiet.
/// </summary>
public sealed class BypassAuditTests
{
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "bypassed-repository");

    private static readonly DateTime Today = new(2026, 11, 28);

    /// <summary>Every bypass of the fixture: (ID, file, line, column, rules, justified).</summary>
    private static readonly (string Id, string File, int Line, int Column, string Rules, bool Justified)[] Expected =
    {
        ("CN0962", ".editorconfig", 7, 1, "CN1004", false),
        ("CN0957", ".github/workflows/ci.yml", 8, 27, "CN1xxx", false),
        ("CN0960", ".github/workflows/ci.yml", 9, 38, "CN0xxx,CN1xxx", false),
        ("CN0957", "Directory.Build.props", 5, 5, "CN1xxx", true),
        ("CN0959", "Directory.Build.targets", 4, 7, "CN1xxx", false),
        ("CN0963", "commons-decision.yml", 11, 3, "CN1004", false),
        ("CN0961", "src/Api/AdresseClient.g.cs", 8, 1, "CN1007", false),
        ("CN0957", "src/Api/Api.csproj", 4, 5, "CN1xxx", false),
        ("CN0959", "src/Api/Api.csproj", 7, 5, "CN1xxx", false),
        ("CN0961", "src/Api/EntrepriseClient.cs", 2, 4, "CN1008", true),
        ("CN0961", "src/Api/Envoi.cs", 1, 4, "CN1004", false),
        ("CN0961", "src/Api/Stockage.cs", 5, 1, "CN1005", false),
        ("CN0960", "src/Batch/Batch.csproj", 4, 5, "CN0xxx,CN1xxx", false),
        ("CN0958", "src/Batch/Batch.csproj", 7, 5, "CN1xxx", false),
        ("CN0958", "src/Outils/Outils.csproj", 7, 5, "CN1xxx", true),
        ("CN0958", "src/Rapports/Rapports.csproj", 7, 7, "CN1xxx", false),
    };

    [Fact]
    public void Every_bypass_of_the_fixture_is_found_with_file_line_and_justification()
    {
        var audit = IntegrityAudit.Run(Fixture, Today, CultureInfo.GetCultureInfo("en"));

        var actual = audit.Items.Select(i => (i.Id, i.File, i.Line, i.Column, string.Join(",", i.RuleIds), i.Justified)).ToArray();
        Assert.Equal(Expected, actual);
        Assert.Equal(AuditRules.Bypasses.Select(AuditRules.IdOf).Order(), audit.Items.Select(i => i.Id).Distinct().Order());
        Assert.Equal(13, audit.UnjustifiedCount);
    }

    [Fact]
    public void Check_lists_each_bypass_at_its_file_and_line_in_both_languages()
    {
        var english = CliRunner.Run("check", "--audit", "--lang", "en", "--today", "2026-11-28", Fixture);
        var french = CliRunner.Run("check", "--audit", "--today", "2026-11-28", Fixture);

        Assert.Equal(0, english.ExitCode);
        Assert.Contains(Path.Combine(Fixture, "src", "Api", "Api.csproj") + "(4,5): warning CN0957: <RunAnalyzers>false</RunAnalyzers> turns the analyzers off", english.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(Fixture, "Directory.Build.props") + "(5,5): warning CN0957: <RunAnalyzersDuringBuild>false</RunAnalyzersDuringBuild> désactive les analyseurs", french.Output, StringComparison.Ordinal);
        Assert.Contains("Justification : « Compilation plus rapide en intégration continue", french.Output, StringComparison.Ordinal);
        Assert.Contains("(11,3): warning CN0203: 'notifications: fournisseur' says this repository provides the brick, but the catalog names no provider for this brick yet.", english.Output, StringComparison.Ordinal);
        Assert.Contains("(11,3): warning CN0963: The record claims this repository provides a brick (notifications: fournisseur — the catalog names no provider for this brick yet)", english.Output, StringComparison.Ordinal);
        Assert.Contains("Not verified: it silences nothing", english.Output, StringComparison.Ordinal);
        Assert.Contains("Integrity audit of " + Fixture + ": 16 weakening(s), 13 without justification.", english.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Look_alikes_stay_quiet()
    {
        var audit = IntegrityAudit.Run(Fixture, Today, CultureInfo.GetCultureInfo("en"));

        // A designer file without brick code, generated models under generated_code = true, a hand-written file
        // with brick code but no marker (reported by the analyzers, not the audit), the package referenced normally.
        Assert.DoesNotContain(audit.Items, i => i.File == "src/Api/Formulaire.designer.cs" || i.File == "src/Generated/Client.cs" || i.File == "src/Metier/Courriel.cs");
        Assert.DoesNotContain(audit.Items, i => i.File == ".editorconfig" && i.Line == 11);
        Assert.DoesNotContain(audit.Items, i => i.File == "Directory.Build.props" && i.Id == "CN0958");
    }

    [Fact]
    public void A_provider_claim_is_listed_verified_or_not_with_what_decides_it()
    {
        var root = Path.Combine(Path.GetTempPath(), "commons-bypass-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, ".git"));
            Directory.CreateDirectory(Path.Combine(root, "src", "Notif"));
            File.WriteAllText(Path.Combine(root, "commons-decision.yml"), File.ReadAllText(Path.Combine(Fixture, "commons-decision.yml")).Replace("notifications: fournisseur", "notifications:\n    choix: fournisseur"));
            File.WriteAllText(Path.Combine(root, "src", "Notif", "Notif.csproj"), "<Project><PropertyGroup><PackageId>Gouv.Notifications</PackageId></PropertyGroup></Project>");
            var naming = Engine.Catalog.BrickCatalog.Parse(
                File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", "catalog.yml")).Replace("  - id: notifications\n", "  - id: notifications\n    provider:\n      packages: [Gouv.Notifications]\n"),
                "catalog.yml");

            // The shipped catalog names no provider of notifications yet: a project packing a package proves nothing on its own.
            var shipped = Assert.Single(IntegrityAudit.Run(root, Today, CultureInfo.GetCultureInfo("en")).Items);
            var named = Assert.Single(IntegrityAudit.Run(root, Today, CultureInfo.GetCultureInfo("en"), naming).Items);

            Assert.Equal(("CN0963", 11, false), (shipped.Id, shipped.Line, shipped.Justified));
            Assert.Equal(("CN0963", 11, true), (named.Id, named.Line, named.Justified));
            Assert.Equal("the project src/Notif/Notif.csproj packs the brick's package Gouv.Notifications", named.Justification);
            Assert.Contains("Verified: the project src/Notif/Notif.csproj packs", AuditRules.Message(named, CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Every_bypass_rule_has_a_doc_page_and_titles_in_both_languages()
    {
        foreach (var kind in AuditRules.Bypasses)
        {
            var id = AuditRules.IdOf(kind);
            var page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            Assert.StartsWith("# " + id, File.ReadAllText(page));
            Assert.NotEqual(AuditRules.Title(kind, CultureInfo.GetCultureInfo("en")), AuditRules.Title(kind, CultureInfo.GetCultureInfo("fr")));
            Assert.NotEqual(AuditRules.Get(id, CultureInfo.GetCultureInfo("en")), AuditRules.Get(id, CultureInfo.GetCultureInfo("fr")));
        }

        Assert.Equal(Enum.GetValues<AuditKind>().Order(), AuditRules.Every.Order());
    }

    [Fact]
    public void Scan_shows_the_bypasses_in_the_integrity_section_of_the_html_report()
    {
        var html = Path.Combine(Path.GetTempPath(), "commons-bypass-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            var result = CliRunner.Run("scan", Fixture, "--audit", "--no-code", "--lang", "en", "--today", "2026-11-28", "--report", html);

            Assert.True(File.Exists(html), result.Output + result.Error);
            var text = File.ReadAllText(html);
            var integrity = text.Substring(text.IndexOf("<section id=\"integrity\">", StringComparison.Ordinal));
            foreach (var (id, file, line, column, _, _) in Expected)
            {
                Assert.Contains("<code>" + id + "</code>", integrity, StringComparison.Ordinal);
                Assert.Contains("<code>" + file.Replace("/", "/<wbr>") + "(" + line + "," + column + ")</code>", integrity, StringComparison.Ordinal); // wrapped after its separators
            }
        }
        finally
        {
            File.Delete(html);
        }
    }
}
