using Commons.Cli.Policy;
using Commons.Cli.Reports;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests.Policy;

/// <summary>
/// The diff's matching on two real scans of a fleet, the second after a line was written at the top of every file (a
/// comment, a blank line): every finding moved, none changed, and the diff says so.
/// </summary>
public sealed class ShiftedFleetTests : IDisposable
{
    private readonly PolicyFleet _fleet = new();

    public void Dispose() => _fleet.Dispose();

    private FleetReport Scan() => FleetReport.FromJson(Run("scan", _fleet.Fleet, "--today", PolicyFleet.Today, "--lang", "en", "--format", "json").Output);

    private Dictionary<string, RecordAnchors> Anchors(FleetReport report) =>
        report.Repositories.ToDictionary(r => r.Name, r => RecordAnchors.Of(Path.Combine(_fleet.Fleet, r.Name, "commons-decision.yml")));

    [Fact]
    public void Findings_moved_by_an_unrelated_line_are_no_change()
    {
        var before = Scan();
        var anchorsBefore = Anchors(before);
        foreach (var file in Directory.GetFiles(_fleet.Fleet, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.git", StringComparison.Ordinal)))
        {
            File.WriteAllText(file, (file.EndsWith(".json", StringComparison.Ordinal) ? "\n" : "# une ligne de plus\n") + File.ReadAllText(file));
        }

        var after = Scan();
        var anchorsAfter = Anchors(after);
        var added = new List<DiffEntry>();
        var removed = new List<DiffEntry>();
        foreach (var (old, now) in before.Repositories.Zip(after.Repositories))
        {
            var oldFindings = old.Findings.ToHashSet();
            string AnchorOf(FindingEntry f) => f.File.EndsWith("commons-decision.yml", StringComparison.Ordinal)
                ? (oldFindings.Contains(f) ? anchorsBefore : anchorsAfter)[old.Name].At(f.Line, f.Column)
                : "code";
            FindingDiff.Compare(old.Name, old.Findings, now.Findings, AnchorOf, added, removed);
        }

        // The fleet has findings in records and in code, and every one of them moved down one line.
        Assert.Equal(before.Findings.Select(f => f.Line + 1), after.Findings.Select(f => f.Line));
        Assert.Contains(before.Findings, f => f.File.EndsWith("commons-decision.yml", StringComparison.Ordinal));
        Assert.Contains(before.Findings, f => !f.File.EndsWith("commons-decision.yml", StringComparison.Ordinal));
        Assert.Empty(added);
        Assert.Empty(removed);
    }
}
