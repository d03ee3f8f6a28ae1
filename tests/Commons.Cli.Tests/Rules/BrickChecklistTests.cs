using System.Text.RegularExpressions;
using Commons.Engine.Catalog;

namespace Commons.Cli.Tests.Rules;

/// <summary>
/// README's "new brick" checklist, followed: every step's check passes on the real catalog, and names exactly what is
/// missing when a brick is added to a copy of the catalog (or one is renumbered) without the other steps.
/// </summary>
public class BrickChecklistTests
{
    private const string Added = "brique-essai";

    private static readonly string Root = RepositoryPaths.Root;

    private static readonly string CatalogText = File.ReadAllText(RepositoryPaths.Of("rules", "catalog.yml")).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string LastId => BrickCatalog.Embedded.Bricks.Select(b => b.DiagnosticId).Max(StringComparer.Ordinal)!;

    private static string NextId => "CN" + (int.Parse(LastId.Substring(2), System.Globalization.CultureInfo.InvariantCulture) + 1);

    private static BrickCatalog WithBrick(string diagnostic) => BrickCatalog.Parse(
        CatalogText.Replace(
            "\ngroups:\n",
            "\n  - id: " + Added + "\n    name-fr: Brique d'essai\n    name-en: Test brick\n    diagnostic: " + diagnostic
            + "\n    status: planned\n    signatures:\n      hosts: [essai.example]\ngroups:\n",
            StringComparison.Ordinal),
        "catalog.yml");

    private static IReadOnlyList<string> Step(int index, BrickCatalog catalog) => BrickChecklist.Steps[index].Missing(catalog, Root).ToList();

    [Fact]
    public void The_real_catalog_misses_nothing()
    {
        var problems = BrickChecklist.Problems(BrickCatalog.Embedded, Root);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_brick_added_to_the_catalog_alone_is_reported_by_each_step_by_name()
    {
        var id = NextId;
        var catalog = WithBrick(id);
        var brick = "brick '" + Added + "' (" + id + ")";

        Assert.Equal(5, BrickChecklist.Steps.Count);
        Assert.Empty(Step(0, catalog));
        Assert.Equal(new[] { brick + " has no docs/rules/" + id + ".md" }, Step(1, catalog));
        Assert.Equal(
            new[] { brick + " has no line in src/Commons.Analyzers/AnalyzerReleases.Unshipped.md: " + id + " | Commons.Bricks | Warning | Code reimplements the shared brick " + Added + " (Error when the record declares it commun)" },
            Step(2, catalog));
        Assert.Equal(
            new[]
            {
                "the schema's brick list (rules/commons-decision.schema.json, briques) lacks '" + Added + "' (regenerate: " + GeneratedDocs.RegenerateCommand + ")",
                "docs/decision-record.md's brick list lacks '" + Added + "' (regenerate: " + GeneratedDocs.RegenerateCommand + ")",
                "docs/rules/README.md's rules table lacks " + id + " (regenerate: " + GeneratedDocs.RegenerateCommand + ")",
            },
            Step(3, catalog));

        var ranges = Step(4, catalog);
        Assert.Contains(ranges, problem => problem.StartsWith("README.md:", StringComparison.Ordinal));
        Assert.All(ranges, problem => Assert.Matches(new Regex(@"^[^:]+\.md:[0-9]+ says CN1001(.+)" + LastId + @"; the bricks are CN1001\1" + id + "$"), problem));
    }

    [Fact]
    public void A_renumbered_brick_is_caught_by_release_tracking_since_an_id_is_kept_forever()
    {
        var id = NextId;
        var catalog = BrickCatalog.Parse(CatalogText.Replace("diagnostic: CN1004\n", "diagnostic: " + id + "\n", StringComparison.Ordinal), "catalog.yml");

        Assert.Equal(
            new[]
            {
                "brick 'notifications' (" + id + ") has no line in src/Commons.Analyzers/AnalyzerReleases.Unshipped.md: " + id + " | Commons.Bricks | Warning | Code reimplements the shared brick notifications (Error when the record declares it commun)",
                "release tracking lists CN1004, which no brick of the catalog names (a brick keeps its ID forever): CN1004 | Commons.Bricks | Warning | Code reimplements the shared brick notifications (Error when the record declares it commun)",
            },
            Step(2, catalog));
    }

    [Fact]
    public void An_id_moved_to_another_brick_is_caught_by_release_tracking()
    {
        var catalog = BrickCatalog.Parse(
            CatalogText.Replace("diagnostic: CN1004\n", "diagnostic: CN1099\n", StringComparison.Ordinal).Replace("diagnostic: CN1005\n", "diagnostic: CN1004\n", StringComparison.Ordinal),
            "catalog.yml");

        Assert.Contains(
            "brick 'ged' (CN1004): its release-tracking line is not the brick's (an ID is kept forever): CN1004 | Commons.Bricks | Warning | Code reimplements the shared brick notifications (Error when the record declares it commun); expected CN1004 | Commons.Bricks | Warning | Code reimplements the shared brick ged (Error when the record declares it commun)",
            Step(2, catalog));
    }

    [Theory]
    [InlineData("CN1004", "brick 'brique-essai' (CN1004): the ID is already brick 'notifications''s")]
    [InlineData("CN0001", "brick 'brique-essai' (CN0001): a brick's ID is CN10 and two digits|brick 'brique-essai' (CN0001): the ID is already a constant of DiagnosticIds")]
    [InlineData("CN1901", "brick 'brique-essai' (CN1901): a brick's ID is CN10 and two digits|brick 'brique-essai' (CN1901): the ID is already a constant of DiagnosticIds")]
    public void A_brick_given_an_id_in_use_or_out_of_range_is_reported(string diagnostic, string expected)
    {
        var problems = Step(0, WithBrick(diagnostic));
        Assert.Equal(expected.Split('|'), problems.Where(p => p.StartsWith("brick '" + Added + "'", StringComparison.Ordinal)));
    }

    /// <summary>What RS2002 checks, which cannot see the brick rules (built from the catalog), for every analyzer rule.</summary>
    [Fact]
    public void Release_tracking_lists_exactly_the_analyzers_rules_with_their_category_and_severity()
    {
        var tracked = BrickChecklist.TrackedRules(Root).Select(r => r.Id + " " + r.Category + " " + r.Severity).Order(StringComparer.Ordinal);
        var rules = RuleIndex.AnalyzerDescriptors().Select(d => d.Id + " " + d.Category + " " + d.DefaultSeverity).Order(StringComparer.Ordinal);
        Assert.Equal(rules, tracked);
    }
}
