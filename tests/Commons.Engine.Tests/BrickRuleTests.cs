using Commons.Engine.Record;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>The bricks section: choices, exceptions and their expiry (CN0201, CN0202).</summary>
public class BrickRuleTests
{
    private static string Bricks(string body) => Demarche + "\nbriques:\n" + body;

    /// <summary>An exception for notifications expiring on <paramref name="expiry"/> (which may carry a marker).</summary>
    private static string Exception(string expiry) =>
        Bricks($"  notifications:\n    choix: exception\n    justification: Le service commun n'est pas ouvert sur notre hébergement.\n    echeance: {expiry}\n");

    [Fact]
    public void Short_and_long_forms_are_read_into_the_record()
    {
        var result = Validate(Bricks("  ged: commun\n  api-ban: fournisseur\n  notifications:\n    choix: non-concerne\n"));
        Assert.Empty(result.Findings);
        Assert.Equal(BrickChoices.Common, result.Record!.Bricks["ged"].Choice);
        Assert.Equal(BrickChoices.Provider, result.Record.Bricks["api-ban"].Choice);
        Assert.Equal(BrickChoices.NotConcerned, result.Record.Bricks["notifications"].Choice);
    }

    [Fact]
    public void Unknown_brick_suggests_the_catalog_id()
    {
        var finding = Single(Validate(Bricks("  notification: commun\n")), "CN0009");
        Assert.Equal((11, 3), (finding.Line, finding.Column));
        Assert.Contains("'notifications'", finding.Message);
    }

    [Fact]
    public void Unknown_choice_is_refused()
    {
        AssertMarkedFindings(Bricks("  ged: {|CN0011:partiel|}\n"));
    }

    [Fact]
    public void Exception_in_short_form_lacks_justification_and_expiry()
    {
        AssertMarkedFindings(Bricks("  {|CN0013:|}{|CN0013:ged|}: exception\n"));
    }

    [Fact]
    public void Exception_without_expiry_is_reported_at_the_brick()
    {
        AssertMarkedFindings(Bricks("  {|CN0013:ged|}:\n    choix: exception\n    justification: Le stockage commun n'est pas encore ouvert.\n"));
    }

    [Fact]
    public void Active_exception_is_silent_and_known_to_the_analyzers()
    {
        var result = Validate(Exception("2027-06-30"));
        Assert.Empty(result.Findings);
        Assert.True(result.Record!.Bricks["notifications"].IsActiveException(Today));
    }

    [Fact]
    public void Expired_exception_is_an_error_at_its_date()
    {
        var result = AssertMarkedFindings(Exception("{|CN0201:2026-11-27|}"));
        Assert.False(result.Record!.Bricks["notifications"].IsActiveException(Today));
    }

    [Theory]
    [InlineData("2026-11-28", 0)]
    [InlineData("2026-12-28", 30)]
    public void Exception_within_thirty_days_is_a_warning(string expiry, int days)
    {
        var finding = Single(Validate(Exception(expiry)), "CN0202");
        Assert.Equal((14, 15), (finding.Line, finding.Column));
        Assert.Contains($"in {days} days", finding.Message);
    }

    [Fact]
    public void Exception_thirty_one_days_ahead_is_silent()
    {
        Assert.Empty(Validate(Exception("2026-12-29")).Findings);
    }

    [Fact]
    public void The_clock_is_injectable()
    {
        var validator = new RecordValidator(new ValidationOptions { Today = () => new DateTime(2028, 1, 1) });
        Assert.Contains(validator.ValidateText(Exception("2027-06-30"), "x.yml").Findings, f => f.Id == "CN0201");
    }

    [Fact]
    public void Placeholder_justification_of_an_exception_is_refused()
    {
        AssertMarkedFindings(Bricks("  ged:\n    choix: exception\n    justification: {|CN0014:À compléter|}\n    echeance: 2027-01-31\n"));
    }
}
