using Commons.Cli.Policy;
using Commons.Cli.Reports;

namespace Commons.Cli.Tests.Policy;

/// <summary>
/// How the diff matches findings: by file, rule and anchor (record path or brick), never by line alone, so a finding
/// that only moved is no change, and one whose severity or words changed is shown as removed and added.
/// </summary>
public class FindingDiffTests
{
    private static FindingEntry At(int line, string id = "CN1004", string severity = "warning", string message = "reimplements notifications", string file = "app/Mail.cs") =>
        new() { Id = id, Severity = severity, File = file, Line = line, Column = 5, Message = message };

    private static (List<DiffEntry> Added, List<DiffEntry> Removed) Compare(IReadOnlyList<FindingEntry> before, IReadOnlyList<FindingEntry> after, Func<FindingEntry, string>? anchor = null)
    {
        var added = new List<DiffEntry>();
        var removed = new List<DiffEntry>();
        FindingDiff.Compare("repo", before, after, anchor ?? (_ => "notifications"), added, removed);
        return (added, removed);
    }

    [Fact]
    public void Findings_shifted_by_an_unrelated_line_are_no_change()
    {
        var before = new[] { At(3), At(9), At(4, "CN0101", "error", "need franceconnect", "commons-decision.yml") };
        var after = new[] { At(4), At(10), At(5, "CN0101", "error", "need franceconnect", "commons-decision.yml") };

        var (added, removed) = Compare(before, after);

        Assert.Empty(added);
        Assert.Empty(removed);
    }

    [Fact]
    public void One_more_finding_of_the_same_kind_is_one_added_the_others_stay()
    {
        var (added, removed) = Compare(new[] { At(3), At(9) }, new[] { At(3), At(9), At(12) });

        Assert.Empty(removed);
        Assert.Equal((12, false), (Assert.Single(added).Line, added[0].Changed));
    }

    [Fact]
    public void A_warning_that_becomes_an_error_is_removed_then_added()
    {
        var (added, removed) = Compare(new[] { At(3) }, new[] { At(3, severity: "error") });

        Assert.Equal(("warning", 3, true), (Assert.Single(removed).Severity, removed[0].Line, removed[0].Changed));
        Assert.Equal(("error", 3, true), (Assert.Single(added).Severity, added[0].Line, added[0].Changed));
    }

    [Fact]
    public void Findings_about_different_anchors_never_pair()
    {
        // The same rule in the same record, about two entries: one goes, the other comes, even on the same line.
        var before = new[] { At(7, "CN0013", "error", "missing", "commons-decision.yml") };
        var after = new[] { At(7, "CN0013", "error", "missing", "commons-decision.yml") };

        var (added, removed) = Compare(before, after, f => ReferenceEquals(f, before[0]) ? "front-usager.justification" : "front-usager.solution");

        Assert.Equal("front-usager.justification", Assert.Single(removed).Anchor);
        Assert.Equal("front-usager.solution", Assert.Single(added).Anchor);
    }
}
