using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests.Policy;

/// <summary>
/// CN0211 in <c>commons scan</c>: the record is checked against the catalog the scan applies, the shipped one extended
/// by the repository's commons-catalog.yml, so a brick the organisation opened turns its exceptions into CN0211.
/// </summary>
public sealed class OpenedBrickScanTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("commons-opened-").FullName;

    public OpenedBrickScanTests()
    {
        Directory.CreateDirectory(Path.Combine(_repository, ".git"));
        File.WriteAllText(Path.Combine(_repository, "commons-decision.yml"), OpenedBrickRecord.WithException("2026-12-15"));
        File.WriteAllText(Path.Combine(_repository, "envoi.py"), "import smtplib\n");
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    private string[] Scan() =>
        Run("scan", _repository, "--today", "2026-11-28", "--lang", "en").Output.Replace("\r", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Without_an_opened_brick_the_exception_is_cn0202()
    {
        Assert.StartsWith("commons-decision.yml(12,15): warning CN0202:", Assert.Single(Scan(), l => l.StartsWith("commons-decision.yml", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_brick_the_organisation_opened_makes_it_cn0211_instead()
    {
        File.WriteAllText(Path.Combine(_repository, "commons-catalog.yml"), OpenedBrickRecord.OpensNotifications);

        Assert.Equal(
            "commons-decision.yml(10,12): warning CN0211: The brick 'notifications' has opened: its common component is Gouv.Notifications (namespace Gouv.Notifications). The exception must migrate to it by its echeance, 2026-12-15 (in 17 days): use the component, then declare the brick 'commun'.",
            Assert.Single(Scan(), l => l.StartsWith("commons-decision.yml", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_catalog_that_is_a_link_out_of_the_repository_is_not_read()
    {
        var outside = Path.Combine(Path.GetTempPath(), "commons-outside-" + Guid.NewGuid().ToString("N") + ".yml");
        File.WriteAllText(outside, OpenedBrickRecord.OpensNotifications);
        try
        {
            File.CreateSymbolicLink(Path.Combine(_repository, "commons-catalog.yml"), outside);

            Assert.StartsWith("commons-decision.yml(12,15): warning CN0202:", Assert.Single(Scan(), l => l.StartsWith("commons-decision.yml", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(outside);
        }
    }
}
