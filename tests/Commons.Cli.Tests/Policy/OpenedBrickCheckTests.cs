using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests.Policy;

/// <summary>
/// CN0211 in <c>commons check</c>: the record is checked against the shipped catalog extended by the commons-catalog.yml
/// beside it, as the scan and the build check it, so a brick the organisation opened turns its exceptions into CN0211.
/// </summary>
public sealed class OpenedBrickCheckTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("commons-opened-check-").FullName;

    public OpenedBrickCheckTests() => Directory.CreateDirectory(Path.Combine(_repository, ".git"));

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    private string RecordPath => Path.Combine(_repository, "commons-decision.yml");

    private void WriteRecord(string echeance) => File.WriteAllText(RecordPath, OpenedBrickRecord.WithException(echeance));

    private (int Code, string[] Lines) Check()
    {
        var (code, output, _) = Run("check", _repository, "--today", "2026-11-28", "--lang", "en");
        return (code, output.Replace("\r", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Without_the_organisation_catalog_the_exception_is_cn0202()
    {
        WriteRecord("2026-12-15");

        var (code, lines) = Check();

        Assert.Equal(0, code);
        Assert.StartsWith(RecordPath + "(12,15): warning CN0202:", lines[0]);
        Assert.Equal("1 record(s) checked: 0 error(s), 1 warning(s).", lines[1]);
    }

    [Fact]
    public void A_brick_the_organisation_opened_makes_it_a_cn0211_warning()
    {
        WriteRecord("2026-12-15");
        File.WriteAllText(Path.Combine(_repository, "commons-catalog.yml"), OpenedBrickRecord.OpensNotifications);

        var (code, lines) = Check();

        Assert.Equal(0, code);
        Assert.Equal(
            new[]
            {
                RecordPath + "(10,12): warning CN0211: The brick 'notifications' has opened: its common component is Gouv.Notifications (namespace Gouv.Notifications). The exception must migrate to it by its echeance, 2026-12-15 (in 17 days): use the component, then declare the brick 'commun'.",
                "1 record(s) checked: 0 error(s), 1 warning(s).",
            },
            lines);
    }

    [Fact]
    public void Past_its_echeance_it_is_a_cn0211_error_not_cn0201()
    {
        WriteRecord("2026-10-31");
        File.WriteAllText(Path.Combine(_repository, "commons-catalog.yml"), OpenedBrickRecord.OpensNotifications);

        var (code, lines) = Check();

        Assert.Equal(1, code);
        Assert.Equal(
            new[]
            {
                RecordPath + "(10,12): error CN0211: The brick 'notifications' has opened and the exception's echeance, 2026-10-31, has passed (28 days ago): use its common component Gouv.Notifications (namespace Gouv.Notifications) now and declare the brick 'commun'.",
                "1 record(s) checked: 1 error(s), 0 warning(s).",
            },
            lines);
    }

    [Fact]
    public void A_catalog_that_is_a_link_out_of_the_repository_is_not_read()
    {
        WriteRecord("2026-12-15");
        var outside = Path.Combine(Path.GetTempPath(), "commons-outside-" + Guid.NewGuid().ToString("N") + ".yml");
        File.WriteAllText(outside, OpenedBrickRecord.OpensNotifications);
        try
        {
            File.CreateSymbolicLink(Path.Combine(_repository, "commons-catalog.yml"), outside);

            Assert.StartsWith(RecordPath + "(12,15): warning CN0202:", Check().Lines[0]);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_catalog_with_an_entry_it_cannot_use_keeps_what_merges()
    {
        WriteRecord("2026-12-15");
        File.WriteAllText(Path.Combine(_repository, "commons-catalog.yml"), OpenedBrickRecord.OpensNotifications + "  - id: teleportation\n    status: available\n");

        var (code, lines) = Check();

        Assert.Equal(0, code);
        Assert.StartsWith(RecordPath + "(10,12): warning CN0211:", lines[0]);
    }
}
