using System.Text.Json;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests.Policy;

/// <summary>
/// <c>commons policy diff</c> on a fleet built by the test (<see cref="PolicyFleet"/>), one test per question the issue
/// asks of it, plus the refusal of a proposed file that is not policy data.
/// </summary>
public sealed class PolicyDiffCommandTests : IClassFixture<PolicyFleet>
{
    private readonly PolicyFleet _fleet;

    public PolicyDiffCommandTests(PolicyFleet fleet)
    {
        _fleet = fleet;
    }

    private (int Code, string Output, string Error) Diff(params string[] extra) =>
        Run(new[] { "policy", "diff", _fleet.Fleet, "--today", PolicyFleet.Today, "--lang", "en" }.Concat(extra).ToArray());

    private static string[] Lines(string output) => output.Replace("\r", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static JsonElement Json(string output) => JsonDocument.Parse(output).RootElement;

    private static IEnumerable<string> Brief(JsonElement entries) =>
        entries.EnumerateArray().Select(e => e.GetProperty("repository").GetString() + " " + e.GetProperty("id").GetString() + " " + e.GetProperty("severity").GetString()
            + " " + e.GetProperty("file").GetString() + "(" + e.GetProperty("line").GetInt32() + ")").OrderBy(s => s, StringComparer.Ordinal);

    [Fact]
    public void Demat_social_gaining_franceconnect_removes_the_cn0101_of_that_need_only()
    {
        var (code, output, error) = Diff("--tree", _fleet.TreeWithFranceConnect);

        Assert.Equal((0, string.Empty), (code, error));
        // The record's CN0101 for proconnect (line 12), still not covered, is unchanged: only franceconnect's goes.
        Assert.Equal(
            new[]
            {
                "- social-nir-fc/commons-decision.yml(11,7): error CN0101: The need 'franceconnect' (FranceConnect login) is not covered by Démat Social; Démarches Simplifiées covers it. Choose a common that covers every declared need, or remove the need if it is not one.",
                "1 of 8 repository(ies) affected: 0 error(s) added, 1 removed; 0 warning(s) added, 0 removed.",
            },
            Lines(output));
    }

    [Fact]
    public void The_notifications_brick_opening_lists_the_exceptions_to_migrate_and_the_code_findings_that_change()
    {
        var (code, output, _) = Diff("--catalog", _fleet.OrganisationOpensNotifications, "--format", "json");

        Assert.Equal(0, code);
        var json = Json(output);
        Assert.Equal(
            new[]
            {
                "mail-acme CN1004 error mail-acme/config/mail.json(1)",         // the organisation's host: a finding appears, an error (the record says commun)
                "mail-exception CN0211 warning mail-exception/commons-decision.yml(12)",
                "mail-expired CN0211 error mail-expired/commons-decision.yml(12)",
                "mail-expired CN1004 warning mail-expired/app/envoi.py(1)",     // now tells to use the component
                "py-exempt CN0211 warning py-exempt/commons-decision.yml(12)",
            },
            Brief(json.GetProperty("added")));
        Assert.Equal(
            new[] { "mail-expired CN0201 error mail-expired/commons-decision.yml(14)", "mail-expired CN1004 warning mail-expired/app/envoi.py(1)" },
            Brief(json.GetProperty("removed")));

        // Each exception that must migrate names the common component and its due date.
        var migrations = json.GetProperty("added").EnumerateArray().Where(e => e.GetProperty("id").GetString() == "CN0211").ToList();
        Assert.All(migrations, e => Assert.Contains("Gouv.Notifications", e.GetProperty("message").GetString()));
        Assert.Contains("2027-03-31 (in 123 days)", migrations.Single(e => e.GetProperty("repository").GetString() == "mail-exception").GetProperty("message").GetString());
        Assert.Contains("2026-10-31, has passed (28 days ago)", migrations.Single(e => e.GetProperty("repository").GetString() == "mail-expired").GetProperty("message").GetString());
        Assert.Equal("briques.notifications.choix", migrations[0].GetProperty("anchor").GetString());

        // The code finding of the expired exception changed its words (removed and added, marked changed); the rest appear or go.
        Assert.Equal(
            new[] { "mail-expired CN1004 warning mail-expired/app/envoi.py(1)" },
            Brief(JsonDocument.Parse("[" + string.Join(",", json.GetProperty("added").EnumerateArray().Where(e => e.GetProperty("changed").GetBoolean()).Select(e => e.GetRawText())) + "]").RootElement));
        Assert.True(json.GetProperty("removed").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "CN1004").GetProperty("changed").GetBoolean());

        var summary = json.GetProperty("summary");
        Assert.Equal(
            (8, 4, 2, 1, 3, 1, 1),
            (summary.GetProperty("repositories").GetInt32(), summary.GetProperty("repositoriesAffected").GetInt32(), summary.GetProperty("errorsAdded").GetInt32(),
             summary.GetProperty("errorsRemoved").GetInt32(), summary.GetProperty("warningsAdded").GetInt32(), summary.GetProperty("warningsRemoved").GetInt32(),
             summary.GetProperty("changed").GetInt32()));
    }

    [Fact]
    public void A_signature_added_to_a_brick_shows_the_repositories_that_gain_findings()
    {
        var (code, output, _) = Diff("--catalog", _fleet.CatalogWithYagmail);

        Assert.Equal(0, code);
        // py-exempt uses yagmail too, under an exception in force: the new signature costs it nothing.
        Assert.Equal(
            new[]
            {
                "+ py-commun/requirements.txt(1,1): error CN1004: Shared brick 'notifications' (Notifications (sending e-mail)): the record declares it 'commun', but the package yagmail in requirements.txt reimplements it. Remove the reimplementation, or correct the record: choix: exception, with a justification and an echeance",
                "+ py-undeclared/requirements.txt(1,1): warning CN1004: Shared brick 'notifications' (Notifications (sending e-mail)): the package yagmail in requirements.txt reimplements it. The common component is not available yet: record an exception for 'notifications' in commons-decision.yml (choix: exception, a justification and an echeance)",
                "2 of 8 repository(ies) affected: 1 error(s) added, 0 removed; 1 warning(s) added, 0 removed.",
            },
            Lines(output));
    }

    [Fact]
    public void The_shipped_policy_proposed_again_changes_nothing()
    {
        var tree = _fleet.Proposal("tree.yml", File.ReadAllText(RepositoryPaths.Of("rules", "tree.yml")));
        var catalog = _fleet.Proposal("catalog.yml", File.ReadAllText(RepositoryPaths.Of("rules", "catalog.yml")));

        var (code, output, _) = Diff("--tree", tree, "--catalog", catalog);

        Assert.Equal(0, code);
        Assert.Equal(new[] { "0 of 8 repository(ies) affected: 0 error(s) added, 0 removed; 0 warning(s) added, 0 removed." }, Lines(output));
    }

    [Fact]
    public void Text_is_in_french_by_default()
    {
        var (_, output, _) = Run("policy", "diff", _fleet.Fleet, "--today", PolicyFleet.Today, "--catalog", _fleet.CatalogWithYagmail);

        Assert.Equal("2 dépôt(s) touché(s) sur 8 : 1 erreur(s) ajoutée(s), 0 retirée(s) ; 1 avertissement(s) ajouté(s), 0 retiré(s).", Lines(output)[^1]);
        Assert.StartsWith("+ py-commun/requirements.txt(1,1): error CN1004: Brique commune « notifications »", Lines(output)[0]);
    }

    [Fact]
    public void A_proposed_tree_that_is_not_yaml_is_refused_with_every_located_finding()
    {
        var tree = _fleet.Proposal("tree.yml", "version: 1\nnatures:\n\tautre: {}\nsite: [a\n");

        var (code, output, error) = Diff("--tree", tree);

        Assert.Equal((2, string.Empty), (code, output));
        var lines = Lines(error);
        Assert.Equal("commons: '" + tree + "' is not valid policy data; the engine refuses it as it would refuse its own rules/ file:", lines[0]);
        Assert.StartsWith(tree + "(3,1): error CN0006:", lines[1]);
    }

    [Fact]
    public void A_proposed_tree_of_the_wrong_shape_is_refused_at_the_key()
    {
        var shipped = File.ReadAllText(RepositoryPaths.Of("rules", "tree.yml"));
        var tree = _fleet.Proposal("tree.yml", shipped.Replace("  communs: [ondine, sites-faciles]", "  communs: ondine"));

        var (code, _, error) = Diff("--tree", tree);

        Assert.Equal(2, code);
        var line = Lines(error).Select((l, i) => (l, i)).Single(p => p.l.Contains("communs")).l;
        var expectedLine = shipped.Split('\n').ToList().FindIndex(l => l.StartsWith("  communs: [ondine", StringComparison.Ordinal)) + 1;
        Assert.Equal(tree + "(" + expectedLine + ",3): error: Policy data: 'communs' (near line " + expectedLine + ") must be a list.", line);
    }

    [Fact]
    public void A_proposed_tree_that_fails_a_cross_check_is_refused_where_the_data_is_written()
    {
        // A typo in the very change of question 1: Démat Social would cover a need the tree does not know.
        var shipped = File.ReadAllText(RepositoryPaths.Of("rules", "tree.yml"));
        var tree = _fleet.Proposal("tree.yml", shipped.Replace("couvre: [nir, finess, rpps, hebergement-hds]", "couvre: [nir, finess, rpps, hebergement-hds, france-connect]"));

        var (code, _, error) = Diff("--tree", tree);

        Assert.Equal(2, code);
        var expectedLine = shipped.Split('\n').ToList().FindIndex(l => l.Contains("couvre: [nir, finess", StringComparison.Ordinal)) + 1;
        Assert.Equal(tree + "(" + expectedLine + ",7): error: Policy data: demat-social covers unknown need 'france-connect'.", Lines(error)[1]);
    }

    [Fact]
    public void A_proposed_catalog_is_refused_with_each_problem_at_its_entry()
    {
        var shipped = File.ReadAllText(RepositoryPaths.Of("rules", "catalog.yml"));
        var catalog = _fleet.Proposal("catalog.yml", shipped.Replace("    diagnostic: CN1004\n    status: planned", "    diagnostic: CN1004\n    status: ouverte"));

        var (code, output, error) = Diff("--catalog", catalog);

        Assert.Equal((2, string.Empty), (code, output));
        var expectedLine = shipped.Split('\n').ToList().FindIndex(l => l == "    diagnostic: CN1004") + 2;
        Assert.Equal(
            new[]
            {
                "commons: '" + catalog + "' is not valid policy data; the engine refuses it as it would refuse its own rules/ file:",
                catalog + "(" + expectedLine + ",13): error: 'ouverte' is not a valid value for 'status' (allowed: planned, available)",
            },
            Lines(error));
    }

    [Fact]
    public void A_proposed_organisation_catalog_is_refused_where_the_analyzers_would_skip_an_entry()
    {
        var catalog = _fleet.Proposal("commons-catalog.yml", "version: 1\nbricks:\n  - id: notifications\n    status: available\n  - id: facturation\n    status: planned\n");

        var (code, _, error) = Diff("--catalog", catalog);

        Assert.Equal(2, code);
        Assert.Equal(
            new[]
            {
                "commons: '" + catalog + "' is not valid policy data; the engine refuses it as it would refuse its own rules/ file:",
                catalog + "(3,9): error: the brick 'notifications' is marked available but names no common component (common: package, namespace)",
                catalog + "(5,9): error: 'facturation' is not a brick of the policy (known: " + string.Join(", ", Commons.Engine.Catalog.BrickCatalog.Embedded.Ids) + ")",
            },
            Lines(error));
    }

    [Fact]
    public void Nothing_proposed_a_missing_file_or_sarif_are_usage_errors()
    {
        Assert.Equal(
            (2, "commons: nothing to compare: give the proposed policy with --tree FILE and/or --catalog FILE."),
            (Diff().Code, Lines(Diff().Error)[0]));
        var missing = Path.Combine(_fleet.Root, "nowhere.yml");
        Assert.Equal((2, "commons: '" + missing + "' is not a file."), (Diff("--tree", missing).Code, Lines(Diff("--tree", missing).Error)[0]));
        Assert.Equal(2, Diff("--tree", _fleet.TreeWithFranceConnect, "--format", "sarif").Code);
    }
}
