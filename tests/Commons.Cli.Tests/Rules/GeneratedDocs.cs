using Commons.Engine.Catalog;

namespace Commons.Cli.Tests.Rules;

/// <summary>
/// The parts of the documentation written from the code (Meziantou.Analyzer's idea): each sits between two marker
/// comments in its file. <see cref="GeneratedDocsTests"/> fails when one is stale and says how to rewrite them:
/// run the tests with COMMONS_REGENERATE_DOCS=1.
/// </summary>
internal static class GeneratedDocs
{
    public const string RegenerateVariable = "COMMONS_REGENERATE_DOCS";

    public const string RegenerateCommand =
        RegenerateVariable + "=1 dotnet test tests/Commons.Cli.Tests/Commons.Cli.Tests.csproj -c Release --filter FullyQualifiedName~GeneratedDocsTests";

    public static IReadOnlyList<(string File, string Section, Func<string> Content)> Sections { get; } = new (string, string, Func<string>)[]
    {
        ("docs/rules/README.md", "rules-table", RuleIndex.RulesTable),
        ("README.md", "record-rules-table", RuleIndex.RecordRulesTable),
        ("README.md", "brick-checklist", BrickChecklist.Markdown),
        ("docs/decision-record.md", DecisionRecordBricks.Section, DecisionRecordBricks.List),
    }.Concat(BrickCatalog.Embedded.Bricks.Select(brick =>
        ("docs/rules/" + brick.DiagnosticId + ".md", "signatures", (Func<string>)(() => BrickPages.Signatures(brick))))).ToList();

    public static string Begin(string section) => "<!-- generated: " + section + " (from the code; " + RegenerateVariable + "=1 rewrites it) -->";

    public static string End(string section) => "<!-- end of generated: " + section + " -->";

    /// <summary>What <paramref name="text"/> holds between the markers of <paramref name="section"/>; empty when it lacks them.</summary>
    public static string Content(string text, string section)
    {
        var begin = text.IndexOf(Begin(section), StringComparison.Ordinal);
        var end = text.IndexOf(End(section), StringComparison.Ordinal);
        return begin < 0 || end < begin ? string.Empty : text.Substring(begin + Begin(section).Length, end - begin - Begin(section).Length);
    }

    /// <summary>The file's text with <paramref name="section"/> rewritten; throws when the file lacks its markers.</summary>
    public static string Rewrite(string text, string section, string content)
    {
        var begin = text.IndexOf(Begin(section), StringComparison.Ordinal);
        var end = text.IndexOf(End(section), StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException("the markers of the generated section '" + section + "' are missing: " + Begin(section) + " … " + End(section));
        }

        var start = begin + Begin(section).Length;
        return text.Substring(0, start) + "\n" + content + text.Substring(end);
    }
}
