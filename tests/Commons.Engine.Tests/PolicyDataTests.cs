using Commons.Engine.Policy;
using Commons.Engine.Record;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>The tree is data: changing rules/tree.yml changes the verdicts with no C# change.</summary>
public class PolicyDataTests
{
    private static readonly string TreeYaml = File.ReadAllText(RepositoryPaths.Of("rules", "tree.yml"));

    private static readonly string DematSocialWithFranceConnect = RecordOf(
        "demarche-en-ligne",
        "front-usager:\n  solution: demat-social\n  besoins: [nir, franceconnect]\n  justification: Le NIR sécurisé n'existe que dans Démat Social.\n");

    [Fact]
    public void The_embedded_tree_is_the_file_in_rules()
    {
        var embedded = PolicyTree.Embedded;
        var fromDisk = PolicyTree.Parse(TreeYaml);
        Assert.Equal(fromDisk.FrontCommons.Select(c => (c.Id, string.Join(",", c.Covered))), embedded.FrontCommons.Select(c => (c.Id, string.Join(",", c.Covered))));
        Assert.Equal(fromDisk.BackOfficeLadder, embedded.BackOfficeLadder);
    }

    [Fact]
    public void When_demat_social_gains_franceconnect_in_the_data_the_verdict_changes()
    {
        Assert.Contains(Validate(DematSocialWithFranceConnect).Findings, f => f.Id == "CN0101");

        var caughtUp = TreeYaml.Replace("couvre: [nir, finess, rpps, hebergement-hds]", "couvre: [nir, finess, rpps, hebergement-hds, franceconnect]");
        Assert.NotEqual(TreeYaml, caughtUp);
        var validator = new RecordValidator(new ValidationOptions { Today = () => Today }, PolicyTree.Parse(caughtUp));
        Assert.Empty(validator.ValidateText(DematSocialWithFranceConnect, "x.yml").Findings);
    }

    [Fact]
    public void The_expiry_warning_window_is_data()
    {
        var record = Demarche + "\nbriques:\n  ged:\n    choix: exception\n    justification: Le stockage commun n'est pas ouvert.\n    echeance: 2027-01-20\n";
        Assert.Empty(Validate(record).Findings);
        var wider = PolicyTree.Parse(TreeYaml.Replace("alerte-echeance-jours: 30", "alerte-echeance-jours: 60"));
        var validator = new RecordValidator(new ValidationOptions { Today = () => Today }, wider);
        Assert.Contains(validator.ValidateText(record, "x.yml").Findings, f => f.Id == "CN0202");
    }

    [Fact]
    public void Malformed_policy_data_is_refused_with_a_clear_message()
    {
        var broken = TreeYaml.Replace("couvre: [franceconnect, proconnect, acces-admin-internet]", "couvre: [franceconect]");
        var error = Assert.Throws<PolicyDataException>(() => PolicyTree.Parse(broken));
        Assert.Contains("franceconect", error.Message);
    }
}
