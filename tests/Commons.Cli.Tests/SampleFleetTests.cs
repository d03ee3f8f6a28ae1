using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>samples/fleet is what a newcomer scans first: it must keep showing a code, a package and a configuration finding.</summary>
public class SampleFleetTests
{
    [Fact]
    public void Sample_fleet_shows_code_and_configuration_findings()
    {
        var (code, output, _) = Run("scan", Path.Combine(RepositoryRoot, "samples", "fleet"), "--today", "2026-11-28", "--lang", "en");
        Assert.Equal(1, code);
        var lines = output.Replace("\r", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[]
            {
                "messagerie-maison/src/Messagerie/Envoi.cs(10,26): error CN1004:",
                "messagerie-maison/src/Messagerie/Envoi.cs(16,32): error CN1004:",
                "messagerie-maison/src/Messagerie/appsettings.json(3,27): warning CN1007:",
            },
            lines.Take(3).Select(l => l.Substring(0, l.IndexOf(':', l.IndexOf("CN", StringComparison.Ordinal)) + 1)));
        Assert.EndsWith("(name match)", lines[1]);
        Assert.Equal("1 repository(ies) scanned: 2 error(s), 1 warning(s).", lines[3]);
    }
}
