using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Record;
using Commons.Engine.Verdicts;

namespace Commons.Engine.Tests;

/// <summary>The one verdict on a brick signature found in code, configuration or packages (analyzers, build and scan).</summary>
public class BrickVerdictTests
{
    private static readonly DateTime Today = new(2026, 11, 28);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static BrickJudge Judge(string bricks, string verifiedProviders = "")
    {
        var text = "version: 1\nprojet:\n  nom: Test\n  nature: autre\n  responsable: DNUM\n  date: 2026-01-01\n  description: Une API interne de test\nbriques:\n" + bricks;
        var record = new RecordValidator(new ValidationOptions { Culture = English }).ValidateText(text, "commons-decision.yml").Record;
        Assert.NotNull(record);
        return new BrickJudge(new BrickStates(record, Today, verifiedProviders));
    }

    private static Brick[] Bricks(params string[] ids) => ids.Select(id => BrickCatalog.Embedded.Find(id)!).ToArray();

    [Theory]
    [InlineData("  api-ban: commun\n", BrickState.NotDeclared, FindingSeverity.Warning)]
    [InlineData("  notifications: commun\n", BrickState.Common, FindingSeverity.Error)]
    [InlineData("  notifications: non-concerne\n", BrickState.NotConcerned, FindingSeverity.Error)]
    [InlineData("  notifications:\n    choix: exception\n    justification: Le commun n'est pas encore ouvert chez nous.\n    echeance: 2026-01-31\n", BrickState.ExpiredException, FindingSeverity.Warning)]
    public void A_brick_is_reported_as_the_record_says(string bricks, BrickState state, FindingSeverity severity)
    {
        var verdict = Judge(bricks).Judge(Bricks("notifications"))!;
        Assert.False(verdict.IsExempt);
        Assert.Equal(state, verdict.State);
        Assert.Equal(severity, verdict.Severity);
        Assert.Equal("CN1004", verdict.DiagnosticId);
    }

    [Theory]
    [InlineData("  notifications: fournisseur\n")]
    [InlineData("  notifications:\n    choix: exception\n    justification: Le commun n'est pas encore ouvert chez nous.\n    echeance: 2027-06-30\n")]
    public void An_exception_in_force_or_the_provider_exempts(string bricks) =>
        Assert.True(Judge(bricks, verifiedProviders: "notifications").Judge(Bricks("notifications"))!.IsExempt);

    [Fact]
    public void A_provider_claim_nobody_verified_declares_nothing_and_the_brick_is_reported()
    {
        var verdict = Judge("  notifications: fournisseur\n", verifiedProviders: "ged").Judge(Bricks("notifications"))!;
        Assert.False(verdict.IsExempt);
        Assert.Equal(BrickState.NotDeclared, verdict.State);
        Assert.Equal(FindingSeverity.Warning, verdict.Severity);
    }

    [Fact]
    public void A_group_is_reported_under_the_brick_declared_commun()
    {
        var verdict = Judge("  authentification-publique: commun\n").Judge(Bricks("authentification-agent", "authentification-publique"))!;
        Assert.Equal("authentification-publique", verdict.Brick.Id);
        Assert.Equal(FindingSeverity.Error, verdict.Severity);
    }

    [Fact]
    public void A_group_with_one_brick_non_concerne_is_a_warning_under_the_other()
    {
        // The login may be the other brick's: no contradiction can be told from the code alone.
        var verdict = Judge("  authentification-agent: non-concerne\n").Judge(Bricks("authentification-agent", "authentification-publique"))!;
        Assert.Equal("authentification-publique", verdict.Brick.Id);
        Assert.Equal(FindingSeverity.Warning, verdict.Severity);
    }

    [Fact]
    public void A_group_whose_bricks_are_all_non_concerne_is_an_error()
    {
        var verdict = Judge("  authentification-agent: non-concerne\n  authentification-publique: non-concerne\n").Judge(Bricks("authentification-agent", "authentification-publique"))!;
        Assert.Equal("authentification-agent", verdict.Brick.Id);
        Assert.Equal(FindingSeverity.Error, verdict.Severity);
        Assert.Contains("'non-concerne'", verdict.Message(English, "x"));
    }

    [Fact]
    public void A_group_with_an_exception_on_one_brick_is_exempt_by_that_brick()
    {
        var verdict = Judge("  authentification-publique:\n    choix: exception\n    justification: FranceConnect n'est pas encore raccordé chez nous.\n    echeance: 2027-06-30\n")
            .Judge(Bricks("authentification-agent", "authentification-publique"))!;
        Assert.True(verdict.IsExempt);
        Assert.Equal("authentification-publique", verdict.Brick.Id);
    }

    [Fact]
    public void The_message_is_written_in_the_culture_asked_for()
    {
        var verdict = Judge("  api-ban: commun\n").Judge(Bricks("notifications"))!;
        Assert.Equal(
            "Shared brick 'notifications' (Notifications (sending e-mail)): the package MailKit reimplements it. The common component is not available yet: record an exception for 'notifications' in commons-decision.yml (choix: exception, a justification and an echeance)",
            verdict.Message(English, "the package MailKit"));
        Assert.StartsWith("Brique commune « notifications » (Notifications (envois emails)) : le paquet MailKit la réimplémente. Le composant commun", verdict.Message(CultureInfo.GetCultureInfo("fr"), "le paquet MailKit"));
    }

    [Fact]
    public void English_and_french_brick_messages_have_the_same_keys_and_placeholders()
    {
        static Dictionary<string, string> Load(string file) =>
            XDocument.Load(RepositoryPaths.Of("src", "Commons.Engine", "Resources", file)).Root!.Elements("data")
                .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
        static HashSet<string> Placeholders(string text) => Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();
        var english = Load("BrickMessages.resx");
        var french = Load("BrickMessages.fr.resx");
        Assert.Equal(english.Keys.Order(), french.Keys.Order());
        foreach (var key in english.Keys)
        {
            Assert.True(Placeholders(english[key]).SetEquals(Placeholders(french[key])), key);
        }
    }
}
