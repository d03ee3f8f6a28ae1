using Commons.Engine.Policy;
using Commons.Engine.Record;
using Commons.Engine.Verdicts;

namespace Commons.Engine.Tests;

/// <summary>The one classification of an exception's echeance, and the record check that reports it.</summary>
public class ExceptionExpiryTests
{
    private static readonly DateTime Today = new(2026, 11, 28);

    [Theory]
    [InlineData("2026-11-27", ExpiryState.Expired, -1, 1)]
    [InlineData("2026-01-01", ExpiryState.Expired, -331, 331)]
    [InlineData("2026-11-28", ExpiryState.ExpiresSoon, 0, 0)] // the expiry day itself still covers the code
    [InlineData("2026-12-28", ExpiryState.ExpiresSoon, 30, 0)] // the last day of the 30-day window
    [InlineData("2026-12-29", ExpiryState.Current, 31, 0)]
    public void A_date_is_past_near_or_far_from_the_day_read_against(string expiry, ExpiryState state, int daysLeft, int daysPast)
    {
        var reading = ExceptionExpiry.Of(expiry, Today.AddHours(15), warningDays: 30); // the time of day does not count
        Assert.Equal(state, reading.State);
        Assert.Equal(daysLeft, reading.DaysLeft);
        Assert.Equal(daysPast, reading.DaysPast);
        Assert.Equal(state != ExpiryState.Expired, reading.IsActive);
        Assert.Equal(state == ExpiryState.Expired, reading.IsPastDue);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-13-01")]
    [InlineData("28/11/2026")]
    [InlineData("<script>")]
    public void Text_that_is_not_a_date_is_no_date_and_past_due(string? expiry)
    {
        var reading = ExceptionExpiry.Of(expiry, Today, 30);
        Assert.Equal(ExpiryState.NoDate, reading.State);
        Assert.False(reading.IsActive);
        Assert.True(reading.IsPastDue);
        Assert.Equal(0, reading.DaysLeft);
    }

    [Fact]
    public void The_warning_window_is_the_policys()
    {
        Assert.Equal(30, PolicyTree.Embedded.ExpiryWarningDays);
        Assert.Equal(ExpiryState.Current, ExceptionExpiry.Of(Today.AddDays(10), Today, warningDays: 7).State);
        Assert.Equal(ExpiryState.ExpiresSoon, ExceptionExpiry.Of(Today.AddDays(10), Today, warningDays: 10).State);
    }

    [Theory]
    [InlineData("2026-11-27", "CN0201", 1, false)]
    [InlineData("2026-11-28", "CN0202", 0, true)]
    [InlineData("2026-12-28", "CN0202", 30, true)]
    [InlineData("2026-12-29", null, 0, true)]
    public void The_record_check_and_the_analyzers_exemption_follow_the_same_reading(string expiry, string? id, int days, bool active)
    {
        var text = "version: 1\nprojet:\n  nom: Test\n  nature: autre\n  responsable: DNUM\n  date: 2026-01-01\n  description: Une API interne de test\nbriques:\n"
                   + "  notifications:\n    choix: exception\n    justification: Le service commun n'est pas encore ouvert pour nous.\n    echeance: " + expiry + "\n";
        var result = new RecordValidator(new ValidationOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("en"), Today = () => Today }).ValidateText(text, "commons-decision.yml");
        var expiryFindings = result.Findings.Where(f => f.Id == "CN0201" || f.Id == "CN0202").ToList();
        if (id == null)
        {
            Assert.Empty(expiryFindings);
        }
        else
        {
            var finding = Assert.Single(expiryFindings);
            Assert.Equal(id, finding.Id);
            Assert.Contains(expiry, finding.Message);
            Assert.Matches("\\(\\D*" + days + " ", finding.Message); // "(1 day(s) ago)", "(in 30 days)": the count the reading gave
        }

        Assert.Equal(active, result.Record!.Bricks["notifications"].IsActiveException(Today));
    }
}
