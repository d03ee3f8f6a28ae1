using System.Text;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;

namespace Commons.Cli.Tests.Rules;

/// <summary>A rule of the release-tracking files (AnalyzerReleases.*.md), as written there.</summary>
internal sealed record TrackedRule(string Id, string Category, string Severity, string Notes, string Text);

/// <summary>
/// Adding a brick to the policy, step by step. The catalog entry is the one place a brick and its ID are written: the
/// analyzers build their rule from it (Descriptors.ByBrick) and DiagnosticIds.All lists it. The other steps are a file
/// each that cannot be generated (the rule page's prose, the release-tracking line) or generated sections (the record
/// schema's brick list among them). README's checklist is written from <see cref="Steps"/>, and
/// <see cref="BrickChecklistTests"/> runs every step's check on the real catalog and on one with a brick added.
/// </summary>
internal static class BrickChecklist
{
    public const string ReleaseFile = "src/Commons.Analyzers/AnalyzerReleases.Unshipped.md";
    private const string ShippedReleaseFile = "src/Commons.Analyzers/AnalyzerReleases.Shipped.md";
    private const string FirstBrickId = "CN1001";

    private static readonly Regex BrickId = new("^CN10[0-9]{2}$");
    private static readonly Regex ReleaseLine = new(@"^(CN[0-9]{4}) *\| *([^|]+?) *\| *([^|]+?) *\|(.*)$");
    private static readonly Regex ProseRange = new(@"\bCN1001(?<sep> *(?:–|—|-|…|\.\.\.) *)(?<last>CN10[0-9]{2})\b");

    public static IReadOnlyList<BrickStep> Steps { get; } = new BrickStep[]
    {
        new("rules/catalog.yml",
            "the entry: `id`, `name-fr`, `name-en`, `diagnostic` (the next free CN10xx, never one given before), `status`, `signatures`",
            CatalogIds),
        new("docs/rules/CN10xx.md",
            "the rule page: copy another brick's page, keep its `# CN10xx: code reimplements the shared brick` title and its generated `signatures` markers, write what the brick is",
            RulePages),
        new(ReleaseFile,
            "release tracking, one line: `CN10xx | Commons.Bricks | Warning | Code reimplements the shared brick <id> (Error when the record declares it commun)`",
            ReleaseLines),
        new("Generated parts",
            "`" + GeneratedDocs.RegenerateCommand + "` rewrites the rules index, the page's signatures, the record's brick lists (the schema's `briques`, docs/decision-record.md) and this checklist",
            GeneratedLists),
        new("ID ranges in prose",
            "every `CN1001–CN10xx` range in README.md and docs/ ends at the new brick's ID",
            ProseRanges),
    };

    /// <summary>Everything missing for <paramref name="catalog"/> in the repository at <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Problems(BrickCatalog catalog, string root) =>
        Steps.SelectMany(step => step.Missing(catalog, root)).ToList();

    /// <summary>README's checklist (the generated section "brick-checklist").</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Steps.Count; i++)
        {
            var where = Steps[i].Where.Contains(' ', StringComparison.Ordinal) ? Steps[i].Where : "`" + Steps[i].Where + "`";
            text.Append(i + 1).Append(". ").Append(where).Append(": ").Append(Steps[i].What).Append(".\n");
        }

        return text.ToString();
    }

    private static string Brick(Brick brick) => "brick '" + brick.Id + "' (" + brick.DiagnosticId + ")";

    private static IEnumerable<string> CatalogIds(BrickCatalog catalog, string root)
    {
        var constants = DiagnosticIdsWithoutBricks();
        foreach (var brick in catalog.Bricks)
        {
            if (!BrickId.IsMatch(brick.DiagnosticId))
            {
                yield return Brick(brick) + ": a brick's ID is CN10 and two digits";
            }

            if (constants.Contains(brick.DiagnosticId))
            {
                yield return Brick(brick) + ": the ID is already a constant of DiagnosticIds";
            }

            var first = catalog.Bricks.First(b => b.DiagnosticId == brick.DiagnosticId);
            if (first != brick)
            {
                yield return Brick(brick) + ": the ID is already brick '" + first.Id + "''s";
            }
        }
    }

    private static IEnumerable<string> RulePages(BrickCatalog catalog, string root)
    {
        foreach (var brick in catalog.Bricks)
        {
            var page = "docs/rules/" + brick.DiagnosticId + ".md";
            var path = Path.Combine(root, page);
            if (!File.Exists(path))
            {
                yield return Brick(brick) + " has no " + page;
                continue;
            }

            var text = File.ReadAllText(path);
            var title = "# " + brick.DiagnosticId + ": code reimplements the shared brick `" + brick.Id + "`";
            if (!text.StartsWith(title, StringComparison.Ordinal))
            {
                yield return page + " does not start with its title: " + title;
            }

            if (!text.Contains(GeneratedDocs.Begin("signatures"), StringComparison.Ordinal) || !text.Contains(GeneratedDocs.End("signatures"), StringComparison.Ordinal))
            {
                yield return page + " lacks the markers of its generated section 'signatures': " + GeneratedDocs.Begin("signatures") + " … " + GeneratedDocs.End("signatures");
            }
        }
    }

    /// <summary>
    /// Each brick has its line; a line of a brick names the brick, so an ID moved to another brick (or a brick
    /// renumbered) is caught: an ID is kept forever (NoWarn lists and .editorconfig files name it).
    /// </summary>
    private static IEnumerable<string> ReleaseLines(BrickCatalog catalog, string root)
    {
        var lines = TrackedRules(root).ToList();
        foreach (var brick in catalog.Bricks)
        {
            var expected = brick.DiagnosticId + " | Commons.Bricks | Warning | Code reimplements the shared brick " + brick.Id + " (Error when the record declares it commun)";
            var line = lines.FirstOrDefault(l => l.Id == brick.DiagnosticId);
            if (line == null)
            {
                yield return Brick(brick) + " has no line in " + ReleaseFile + ": " + expected;
            }
            else if (line.Category != "Commons.Bricks" || line.Severity != "Warning" || !line.Notes.Contains("shared brick " + brick.Id + " ", StringComparison.Ordinal))
            {
                yield return Brick(brick) + ": its release-tracking line is not the brick's (an ID is kept forever): " + line.Text + "; expected " + expected;
            }
        }

        foreach (var line in lines.Where(l => l.Category == "Commons.Bricks" && catalog.Bricks.All(b => b.DiagnosticId != l.Id)))
        {
            yield return "release tracking lists " + line.Id + ", which no brick of the catalog names (a brick keeps its ID forever): " + line.Text;
        }
    }

    private static IEnumerable<string> GeneratedLists(BrickCatalog catalog, string root)
    {
        var listed = SchemaBrickList.Listed(File.ReadAllText(Path.Combine(root, SchemaBrickList.File)));
        foreach (var brick in catalog.Bricks.Where(b => !listed.Contains(b.Id)))
        {
            yield return "the schema's brick list (" + SchemaBrickList.File + ", briques) lacks '" + brick.Id + "' (regenerate: " + GeneratedDocs.RegenerateCommand + ")";
        }

        foreach (var id in listed.Where(id => catalog.Find(id) == null))
        {
            yield return "the schema's brick list (" + SchemaBrickList.File + ", briques) has '" + id + "', which is no brick of the catalog (regenerate: " + GeneratedDocs.RegenerateCommand + ")";
        }

        var record = GeneratedDocs.Content(File.ReadAllText(Path.Combine(root, "docs", "decision-record.md")), DecisionRecordBricks.Section);
        foreach (var brick in catalog.Bricks.Where(b => !record.Contains("`" + b.Id + "`", StringComparison.Ordinal)))
        {
            yield return "docs/decision-record.md's brick list lacks '" + brick.Id + "' (regenerate: " + GeneratedDocs.RegenerateCommand + ")";
        }

        var index = File.ReadAllText(Path.Combine(root, "docs", "rules", "README.md"));
        foreach (var brick in catalog.Bricks.Where(b => !index.Contains("| [" + b.DiagnosticId + "](" + b.DiagnosticId + ".md) |", StringComparison.Ordinal)))
        {
            yield return "docs/rules/README.md's rules table lacks " + brick.DiagnosticId + " (regenerate: " + GeneratedDocs.RegenerateCommand + ")";
        }
    }

    private static IEnumerable<string> ProseRanges(BrickCatalog catalog, string root)
    {
        var last = catalog.Bricks.Select(b => b.DiagnosticId).Max(StringComparer.Ordinal);
        var files = new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match range in ProseRange.Matches(lines[i]))
                {
                    if (range.Groups["last"].Value != last)
                    {
                        yield return Path.GetRelativePath(root, file).Replace('\\', '/') + ":" + (i + 1) + " says " + range.Value
                            + "; the bricks are " + FirstBrickId + range.Groups["sep"].Value + last;
                    }
                }
            }
        }
    }

    /// <summary>The rules of both release-tracking files, but those of a "Removed Rules" table.</summary>
    public static IEnumerable<TrackedRule> TrackedRules(string root)
    {
        foreach (var file in new[] { ShippedReleaseFile, ReleaseFile })
        {
            var removed = false;
            foreach (var text in File.ReadAllLines(Path.Combine(root, file)))
            {
                if (text.StartsWith("###", StringComparison.Ordinal))
                {
                    removed = text.Contains("Removed", StringComparison.Ordinal);
                }

                var line = ReleaseLine.Match(text);
                if (line.Success && !removed)
                {
                    yield return new TrackedRule(line.Groups[1].Value, line.Groups[2].Value, line.Groups[3].Value, line.Groups[4].Value, text);
                }
            }
        }
    }

    private static HashSet<string> DiagnosticIdsWithoutBricks() =>
        typeof(DiagnosticIds).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
}
