using System.Globalization;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Record;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>
/// CN0211: an exception for a brick that has opened (status available, with its common component, in the catalog the
/// record is read with) must migrate by its date. It takes the place of CN0201/CN0202 for that exception.
/// </summary>
public class OpenedBrickExceptionTests
{
    /// <summary>The shipped catalog with notifications opened, as an organisation's commons-catalog.yml would open it.</summary>
    private static readonly BrickCatalog Opened = BrickCatalog.Embedded.WithOrganisationFile(
        "version: 1\nbricks:\n  - id: notifications\n    status: available\n    common: { package: Gouv.Notifications, namespace: Gouv.Notifications.Client }\n",
        BrickCatalog.OrganisationFileName).Catalog;

    private static ValidationResult ValidateOpened(string expiry, string language = "en") =>
        new RecordValidator(new ValidationOptions { Culture = CultureInfo.GetCultureInfo(language), Today = () => Today }, catalog: Opened)
            .ValidateText(Exception(expiry), "commons-decision.yml");

    private static string Exception(string expiry) =>
        Demarche + "\nbriques:\n  notifications:\n    choix: exception\n    justification: Le service commun n'est pas ouvert sur notre hébergement.\n    echeance: " + expiry + "\n";

    [Fact]
    public void Exception_in_force_is_a_warning_naming_the_common_component_and_the_date()
    {
        var finding = Assert.Single(ValidateOpened("2027-06-30").Findings);
        Assert.Equal(("CN0211", FindingSeverity.Warning, 12, 12), (finding.Id, finding.Severity, finding.Line, finding.Column));
        Assert.Equal(
            "The brick 'notifications' has opened: its common component is Gouv.Notifications (namespace Gouv.Notifications.Client). The exception must migrate to it by its echeance, 2027-06-30 (in 214 days): use the component, then declare the brick 'commun'.",
            finding.Message);
    }

    [Fact]
    public void Past_its_date_it_is_an_error_and_cn0201_is_not_reported_again()
    {
        var finding = Assert.Single(ValidateOpened("2026-11-27").Findings);
        Assert.Equal(("CN0211", FindingSeverity.Error), (finding.Id, finding.Severity));
        Assert.Equal(
            "The brick 'notifications' has opened and the exception's echeance, 2026-11-27, has passed (1 days ago): use its common component Gouv.Notifications (namespace Gouv.Notifications.Client) now and declare the brick 'commun'.",
            finding.Message);
    }

    [Theory]
    [InlineData("2026-11-28")]
    [InlineData("2026-12-28")]
    public void Within_the_warning_days_it_replaces_cn0202(string expiry)
    {
        var finding = Assert.Single(ValidateOpened(expiry).Findings);
        Assert.Equal(("CN0211", FindingSeverity.Warning), (finding.Id, finding.Severity));
    }

    [Fact]
    public void French_is_the_default_language()
    {
        var finding = Assert.Single(ValidateOpened("2026-10-31", "fr").Findings);
        Assert.Equal(
            "La brique « notifications » est ouverte et l'échéance de l'exception, le 2026-10-31, est passée (il y a 28 jours) : utilisez maintenant son composant commun Gouv.Notifications (espace de noms Gouv.Notifications.Client) et déclarez la brique « commun ».",
            finding.Message);
    }

    [Fact]
    public void A_brick_still_planned_keeps_cn0201_and_cn0202()
    {
        Assert.Equal("CN0201", Assert.Single(Validate(Exception("2026-11-27")).Findings).Id);
        Assert.Equal("CN0202", Assert.Single(Validate(Exception("2026-12-28")).Findings).Id);
    }

    [Fact]
    public void Other_choices_of_an_opened_brick_say_nothing()
    {
        var record = Demarche + "\nbriques:\n  notifications: commun\n";
        var result = new RecordValidator(new ValidationOptions { Culture = CultureInfo.GetCultureInfo("en"), Today = () => Today }, catalog: Opened).ValidateText(record, "commons-decision.yml");
        Assert.Empty(result.Findings);
    }
}
