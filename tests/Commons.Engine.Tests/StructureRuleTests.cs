using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>Keys, types, values and required fields (CN0008–CN0015).</summary>
public class StructureRuleTests
{
    [Fact]
    public void Compliant_record_has_no_finding()
    {
        Assert.Empty(Validate(Demarche).Findings);
    }

    [Fact]
    public void Missing_version_is_reported_at_the_top()
    {
        AssertMarkedFindings(Demarche.Replace("version: 1\n", "{|CN0008:|}"));
    }

    [Fact]
    public void Unknown_version_is_reported_at_its_value()
    {
        AssertMarkedFindings(Demarche.Replace("version: 1", "version: {|CN0008:2|}"));
        AssertMarkedFindings(Demarche.Replace("version: 1", "version: {|CN0008:\"1\"|}"));
    }

    [Fact]
    public void Unknown_key_suggests_the_close_known_key()
    {
        var result = Validate(Demarche.Replace("  responsable:", "  responsible:"));
        var unknown = Single(result, "CN0009");
        Assert.Equal((5, 3), (unknown.Line, unknown.Column));
        Assert.Contains("Did you mean 'responsable'?", unknown.Message);
        Assert.Contains(result.Findings, f => f.Id == "CN0013" && f.Message.Contains("projet.responsable"));
    }

    [Fact]
    public void Unknown_key_far_from_any_known_key_has_no_suggestion()
    {
        var finding = Single(Validate(Demarche + "\nbudget: 12\n"), "CN0009");
        Assert.Equal((10, 1), (finding.Line, finding.Column));
        Assert.DoesNotContain("Did you mean", finding.Message);
    }

    [Fact]
    public void Value_outside_the_list_suggests_the_close_value()
    {
        var finding = Single(Validate(Demarche.Replace("[franceconnect]", "[franceconect]")), "CN0011");
        Assert.Equal((9, 13), (finding.Line, finding.Column));
        Assert.Contains("Did you mean 'franceconnect'?", finding.Message);
    }

    [Fact]
    public void Transposed_letters_count_as_one_typo()
    {
        var finding = Single(Validate(Demarche.Replace("[franceconnect]", "[nri]")), "CN0011");
        Assert.Contains("'nir'", finding.Message);
    }

    [Fact]
    public void Wrong_type_names_the_expected_type()
    {
        var finding = Single(Validate(Demarche.Replace("besoins: [franceconnect]", "besoins: franceconnect")), "CN0010");
        Assert.Equal((9, 12), (finding.Line, finding.Column));
        Assert.Contains("a list", finding.Message);
    }

    [Fact]
    public void Section_written_as_text_is_a_wrong_type()
    {
        AssertMarkedFindings("version: 1\nprojet: {|CN0010:mon projet|}\n");
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("True")]
    [InlineData("\"true\"")]
    public void Booleans_are_true_or_false_only(string written)
    {
        var yaml = RecordOf("referentiel", $"referentiel:\n  solution: glpi\n  besoins: [inventaire]\n  controle-modele-donnees: {written}\n");
        var finding = Single(Validate(yaml), "CN0010");
        Assert.Equal((10, 28), (finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("14/10/2026")]
    [InlineData("2026-13-01")]
    [InlineData("2026-1-5")]
    public void Dates_are_iso_calendar_dates(string written)
    {
        var finding = Single(Validate(Demarche.Replace("date: 2026-10-14", "date: " + written)), "CN0015");
        Assert.Equal((6, 9), (finding.Line, finding.Column));
    }

    [Fact]
    public void Missing_required_field_is_reported_at_its_section()
    {
        AssertMarkedFindings(Demarche.Replace("  nom: Portail des aides\n", "").Replace("projet:", "{|CN0013:projet|}:"));
    }

    [Fact]
    public void Empty_required_field_is_reported_at_its_key()
    {
        AssertMarkedFindings(Demarche.Replace("  nom: Portail des aides", "  {|CN0013:nom|}:"));
    }

    [Fact]
    public void Missing_project_section_is_reported()
    {
        AssertMarkedFindings("{|CN0013:|}version: 1\n");
    }

    [Fact]
    public void Missing_nature_is_reported_and_lists_the_natures()
    {
        var finding = Single(Validate(Demarche.Replace("  nature: demarche-en-ligne\n", "")), "CN0013");
        Assert.Contains("site-editorial", finding.Message);
    }

    [Fact]
    public void Required_section_for_the_nature_is_reported_at_the_nature()
    {
        AssertMarkedFindings(RecordOf("{|CN0013:site-editorial|}", ""));
    }

    [Fact]
    public void Section_that_does_not_apply_is_a_warning()
    {
        var result = AssertMarkedFindings(RecordOf("site-editorial", "site:\n  solution: ondine\n{|CN0012:referentiel|}:\n  solution: glpi\n"));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Nature_autre_needs_a_description()
    {
        AssertFindings(Validate(RecordOf("autre", "")), ("CN0013", 2, 1));
        Assert.Empty(Validate(RecordOf("autre", "", "  description: Une API interne de calcul, sans interface.\n")).Findings);
    }

    [Theory]
    [InlineData("TODO")]
    [InlineData("\"todo: expliquer\"")]
    [InlineData("n/a")]
    [InlineData("\"-\"")]
    [InlineData("\"\"")]
    [InlineData("\"À compléter : pourquoi le commun ne convient pas\"")]
    [InlineData("parce que")]
    public void Placeholder_justification_is_refused(string written)
    {
        var yaml = RecordOf("site-editorial", $"site:\n  solution: specifique\n  justification: {written}\n");
        var finding = Single(Validate(yaml), "CN0014");
        Assert.Equal(9, finding.Line);
    }

    [Fact]
    public void Real_justification_is_accepted()
    {
        var yaml = RecordOf("site-editorial", "site:\n  solution: specifique\n  justification: Le site doit être servi hors ligne dans les hôpitaux.\n");
        Assert.Empty(Validate(yaml).Findings);
    }

    [Fact]
    public void Every_finding_is_returned_in_one_run()
    {
        var yaml = "version: 3\nprojet:\n  nom: x\n  nature: demarche\n  responsible: y\nbriques:\n  notifs: commun\n";
        var ids = Validate(yaml).Findings.Select(f => f.Id).ToArray();
        Assert.Contains("CN0008", ids);
        Assert.Contains("CN0011", ids);
        Assert.Contains("CN0009", ids);
        Assert.Contains("CN0013", ids);
        Assert.True(ids.Length >= 5);
    }

    [Fact]
    public void Every_finding_carries_a_help_link_to_its_doc_page()
    {
        var finding = Validate("version: 2\n").Findings[0];
        Assert.EndsWith("/docs/rules/" + finding.Id + ".md", finding.HelpUri);
    }

    [Fact]
    public void Messages_are_french_by_default_and_english_on_request()
    {
        var french = Single(new Commons.Engine.Record.RecordValidator().ValidateText("version: 2\n", "x.yml"), "CN0008");
        var english = Single(Validate("version: 2\n"), "CN0008");
        Assert.Contains("Version de fichier", french.Message);
        Assert.Contains("Unknown record version", english.Message);
    }
}
