using System.Globalization;
using Commons.Engine.Catalog;
using Commons.Engine.Record;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>
/// <c>fournisseur</c> is a claim checked against the catalog's providers of the brick: a git remote that matches one
/// of their addresses, or a project that packs the brick's package; anything else is CN0203 at the claim's line.
/// </summary>
public sealed class ProviderVerificationTests : IDisposable
{
    private const string Catalog = """
        version: 1
        bricks:
          - id: notifications
            name-fr: Notifications
            name-en: Notifications
            diagnostic: CN1004
            status: planned
            provider:
              repositories: [github.com/socialgouv/notifications-*]
              packages: [Gouv.Notifications]
          - id: ged
            name-fr: GED
            name-en: Document storage
            diagnostic: CN1005
            status: planned
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "commons-provider-" + Guid.NewGuid().ToString("N"));

    public ProviderVerificationTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("https://github.com/SocialGouv/notifications-api.git")]
    [InlineData("git@github.com:SocialGouv/notifications-api.git")]
    [InlineData("ssh://git@github.com:22/socialgouv/notifications-api")]
    [InlineData("https://jeton@github.com/SocialGouv/notifications-api/")]
    public void A_remote_that_matches_a_provider_address_verifies_the_claim(string remote)
    {
        Remote(remote);

        var result = ValidateOnDisk("  notifications: fournisseur\n");

        Assert.DoesNotContain(result.Findings, f => f.Id == "CN0203");
    }

    [Fact]
    public void A_project_that_packs_the_brick_package_verifies_the_claim()
    {
        Remote("https://github.com/exemple/autre-depot.git");
        Directory.CreateDirectory(Path.Combine(_root, "src", "Notifications"));
        File.WriteAllText(Path.Combine(_root, "src", "Notifications", "Notifications.csproj"), "<Project><PropertyGroup><PackageId>Gouv.Notifications</PackageId></PropertyGroup></Project>");

        var verdict = ProviderVerification.Check(ParsedCatalog().Find("notifications")!, RepositoryFacts.Near(Path.Combine(_root, RecordValidator.FileName)));

        Assert.True(verdict.Verified);
        Assert.Equal("the project src/Notifications/Notifications.csproj packs the brick's package Gouv.Notifications", verdict.Reason(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void A_claim_in_another_repository_is_reported_at_its_line_with_the_reason()
    {
        Remote("https://github.com/exemple/site-vitrine.git");

        var result = ValidateOnDisk("  ged: commun\n  notifications: fournisseur\n");

        var finding = Single(result, "CN0203");
        Assert.Equal((12, 3), (finding.Line, finding.Column));
        Assert.Contains("no git remote of the repository (github.com/exemple/site-vitrine) matches the providers' addresses (github.com/socialgouv/notifications-*) and no project here packs the brick's package (Gouv.Notifications)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_brick_without_named_provider_cannot_be_claimed_and_the_long_form_is_located_at_its_choice()
    {
        Remote("https://github.com/socialgouv/notifications-api.git");

        var result = ValidateOnDisk("  ged:\n    choix: fournisseur\n");

        var finding = Single(result, "CN0203");
        Assert.Equal((12, 12), (finding.Line, finding.Column));
        Assert.Contains("the catalog names no provider for this brick yet", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worktree_is_followed_to_its_common_config()
    {
        var main = Path.Combine(_root, "main");
        Directory.CreateDirectory(Path.Combine(main, ".git", "worktrees", "wt"));
        File.WriteAllText(Path.Combine(main, ".git", "config"), "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@github.com:SocialGouv/notifications-api.git\n");
        File.WriteAllText(Path.Combine(main, ".git", "worktrees", "wt", "commondir"), "../..\n");
        var worktree = Path.Combine(_root, "wt");
        Directory.CreateDirectory(worktree);
        File.WriteAllText(Path.Combine(worktree, ".git"), "gitdir: " + Path.Combine(main, ".git", "worktrees", "wt") + "\n");

        var facts = RepositoryFacts.Near(Path.Combine(worktree, RecordValidator.FileName));

        Assert.Equal(new[] { "github.com/socialgouv/notifications-api" }, facts.Remotes);
    }

    [Fact]
    public void A_record_read_as_text_alone_is_not_checked()
    {
        var result = new RecordValidator(new ValidationOptions { Today = () => Today }, catalog: ParsedCatalog()).ValidateText(Bricks("  notifications: fournisseur\n"), RecordValidator.FileName);

        Assert.DoesNotContain(result.Findings, f => f.Id == "CN0203");
    }

    [Fact]
    public void An_organisation_catalog_cannot_name_a_provider()
    {
        var merged = BrickCatalog.Embedded.WithOrganisationFile("version: 1\nbricks:\n  - id: notifications\n    provider:\n      repositories: [github.com/exemple/site-vitrine]\n", BrickCatalog.OrganisationFileName);

        var problem = Assert.Single(merged.Problems);
        Assert.Equal(CatalogProblemKind.UnknownKey, problem.Kind);
        Assert.Empty(merged.Catalog.Find("notifications")!.Provider.Repositories);
    }

    private static BrickCatalog ParsedCatalog() => BrickCatalog.Parse(Catalog, "catalog.yml");

    private static string Bricks(string body) => Demarche + "\nbriques:\n" + body;

    private void Remote(string url) =>
        File.WriteAllText(Path.Combine(_root, ".git", "config"), "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = " + url + "\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");

    private ValidationResult ValidateOnDisk(string bricks)
    {
        var path = Path.Combine(_root, RecordValidator.FileName);
        File.WriteAllText(path, Bricks(bricks));
        return new RecordValidator(new ValidationOptions { Culture = CultureInfo.GetCultureInfo("en"), Today = () => Today }, catalog: ParsedCatalog()).ValidateFile(path);
    }
}
