using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>The decision tree's contradictions (CN0101–CN0108).</summary>
public class TreeRuleTests
{
    private static string Front(string solution, string needs, string justification = "", string section = "front-usager") =>
        RecordOf("demarche-en-ligne", $"{section}:\n  solution: {solution}\n  besoins: [{needs}]\n{justification}");

    private const string Reason = "  justification: Les besoins de la démarche l'imposent après étude.\n";

    [Fact]
    public void Common_lacking_a_declared_need_names_the_need_and_the_common_that_has_it()
    {
        var result = AssertMarkedFindings(Front("demarches-simplifiees", "franceconnect, {|CN0101:nir|}"));
        Assert.Contains("'nir'", result.Findings[0].Message);
        Assert.Contains("Démat Social covers it", result.Findings[0].Message);
    }

    [Fact]
    public void Demat_social_lacking_franceconnect_is_a_contradiction()
    {
        AssertMarkedFindings(Front("demat-social", "nir, {|CN0101:franceconnect|}", Reason));
    }

    [Fact]
    public void Demat_social_where_demarches_simplifiees_covers_every_need()
    {
        AssertMarkedFindings(Front("{|CN0102:demat-social|}", "", Reason));
    }

    [Fact]
    public void Demat_social_is_fine_when_it_alone_covers_the_needs()
    {
        Assert.Empty(Validate(Front("demat-social", "nir, hebergement-hds", Reason)).Findings);
    }

    [Fact]
    public void Demat_social_needs_a_justification()
    {
        AssertMarkedFindings(Front("demat-social", "nir", section: "{|CN0013:front-usager|}"));
    }

    [Fact]
    public void Specific_front_where_a_common_covers_every_need()
    {
        var result = AssertMarkedFindings(Front("{|CN0103:specifique|}", "finess, rpps", Reason));
        Assert.Contains("Démat Social", result.Findings[0].Message);
    }

    [Fact]
    public void Specific_front_is_allowed_when_no_common_covers_all_needs()
    {
        Assert.Empty(Validate(Front("specifique", "franceconnect, nir", Reason)).Findings);
    }

    [Fact]
    public void Specific_front_without_justification_names_the_uncovered_needs()
    {
        var finding = Single(Validate(Front("specifique", "franceconnect, nir")), "CN0013");
        Assert.Contains("franceconnect (Démarches Simplifiées)", finding.Message);
        Assert.Contains("nir (Démat Social)", finding.Message);
    }

    private static string BackOffice(string body, string section = "back-office") =>
        RecordOf("demarche-en-ligne", "front-usager:\n  solution: demarches-simplifiees\n" + section + ":\n" + body);

    [Theory]
    [InlineData("aucun")]
    [InlineData("glpi")]
    public void First_steps_of_the_ladder_need_nothing_more(string step)
    {
        Assert.Empty(Validate(BackOffice($"  solution: {step}\n")).Findings);
    }

    [Fact]
    public void Past_glpi_without_compromise_sought()
    {
        AssertMarkedFindings(BackOffice("  solution: glpi-api\n  limites-glpi: [volumetrie]\n  compromis-recherche: {|CN0104:false|}\n"));
    }

    [Fact]
    public void Past_glpi_without_compromise_key_is_reported_at_the_section()
    {
        AssertMarkedFindings(BackOffice("  solution: glpi-enrichi\n  limites-glpi: [workflow]\n", "{|CN0104:back-office|}"));
    }

    [Fact]
    public void Past_glpi_without_known_limit()
    {
        AssertMarkedFindings(BackOffice("  solution: glpi-api\n  compromis-recherche: true\n", "{|CN0105:back-office|}"));
        AssertMarkedFindings(BackOffice("  solution: glpi-api\n  compromis-recherche: true\n  {|CN0105:limites-glpi|}: []\n"));
    }

    [Fact]
    public void Specific_back_office_must_rule_out_each_glpi_step()
    {
        var body = "  solution: specifique\n  limites-glpi: [volumetrie]\n  compromis-recherche: true\n" +
                   "  {|CN0106:options-ecartees|}:\n    glpi-api: L'API ne tient pas deux millions de dossiers par an.\n" + Reason;
        var result = AssertMarkedFindings(BackOffice(body));
        Assert.Contains("glpi-enrichi", result.Findings[0].Message);
    }

    [Fact]
    public void Specific_back_office_without_ruled_out_options_reports_each_step()
    {
        var body = "  solution: specifique\n  limites-glpi: [volumetrie]\n  compromis-recherche: true\n" + Reason;
        AssertMarkedFindings(BackOffice(body, "{|CN0106:|}{|CN0106:back-office|}"));
    }

    private static string Referential(string solution, string needs, string control, string justification = "") =>
        RecordOf("referentiel", $"referentiel:\n  solution: {solution}\n  besoins: [{needs}]\n  controle-modele-donnees: {control}\n{justification}");

    [Fact]
    public void Glpi_referential_needing_data_model_control()
    {
        AssertMarkedFindings(Referential("glpi", "inventaire", "{|CN0107:true|}"));
    }

    [Fact]
    public void Specific_referential_for_simple_needs()
    {
        AssertMarkedFindings(Referential("{|CN0108:specifique|}", "gestion-de-parc, inventaire", "false", Reason));
    }

    [Fact]
    public void Specific_referential_is_fine_with_data_model_control_or_other_needs()
    {
        Assert.Empty(Validate(Referential("specifique", "inventaire", "true", Reason)).Findings);
        Assert.Empty(Validate(Referential("specifique", "autre", "false", Reason)).Findings);
    }

    [Fact]
    public void Specific_site_needs_a_justification_that_names_ondine_and_sites_faciles()
    {
        var finding = Single(Validate(RecordOf("site-editorial", "site:\n  solution: specifique\n")), "CN0013");
        Assert.Equal((7, 1), (finding.Line, finding.Column));
        Assert.Contains("ONDINE", finding.Message);
        Assert.Contains("Sites faciles", finding.Message);
    }
}
