using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>RecordValidator on edge cases found while documenting the rules: each was wrong once and must stay right.</summary>
public class RecordValidatorEdgeCaseTests
{
    [Fact]
    public void Empty_date_is_reported_at_its_key()
    {
        AssertMarkedFindings(Demarche.Replace("date: 2026-10-14", "{|CN0013:date|}:"));
    }

    [Fact]
    public void Empty_nature_is_reported_at_its_key()
    {
        AssertMarkedFindings(Demarche.Replace("nature: demarche-en-ligne", "{|CN0013:nature|}:"));
    }

    [Theory]
    [InlineData("besoins: []")]
    [InlineData("besoins:")]
    public void Referential_needs_may_not_be_empty(string needs)
    {
        AssertMarkedFindings(RecordOf("referentiel", $"referentiel:\n  solution: specifique\n  {{|CN0013:|}}{needs}\n  controle-modele-donnees: false\n  justification: Le modèle de données est imposé par un règlement européen.\n"));
    }

    [Fact]
    public void A_value_listed_twice_is_reported_not_dropped()
    {
        AssertMarkedFindings(Demarche.Replace("[franceconnect]", "[franceconnect, {|CN0007:franceconnect|}]"));
    }

    [Fact]
    public void Quoted_version_says_to_drop_the_quotes()
    {
        var finding = Single(Validate(Demarche.Replace("version: 1", "version: \"1\"")), "CN0008");
        Assert.Contains("without quotes", finding.Message);
    }

    [Fact]
    public void Tab_before_a_comment_or_on_a_blank_line_is_harmless()
    {
        Assert.Empty(Validate(Demarche + "\n\t# a comment indented with a tab\n\t\n").Findings);
    }

    [Fact]
    public void C1_control_character_is_refused()
    {
        // NEL (U+0085) ends a line for YamlDotNet, so the control character is on line 4, like the parser's positions.
        AssertFindings(Validate(Demarche.Replace("Portail des aides", "Portail\u0085des\u0090aides")), ("CN0002", 4, 4));
    }

    [Fact]
    public void A_justification_that_starts_with_a_word_like_todo_is_accepted()
    {
        var yaml = RecordOf("site-editorial", "site:\n  solution: specifique\n  justification: Todolist du comité à consulter avant toute refonte.\n");
        Assert.Empty(Validate(yaml).Findings);
    }

    [Fact]
    public void Empty_brick_value_is_reported_at_the_brick()
    {
        AssertMarkedFindings(Demarche + "\nbriques:\n  {|CN0013:ged|}:\n");
    }

    [Fact]
    public void French_messages_quote_with_guillemets()
    {
        var finding = Single(Validate(Demarche.Replace("  responsable:", "  responsible:"), "fr"), "CN0009");
        Assert.Contains("« projet »", finding.Message);
        Assert.DoesNotContain("'projet'", finding.Message);
    }

    [Fact]
    public void French_forbidden_feature_messages_agree_in_gender()
    {
        var finding = Single(Validate("version: 1\nprojet: &p\n  nom: x\n", "fr"), "CN0004");
        Assert.StartsWith("Les ancres (&p) sont interdites", finding.Message);
    }
}
