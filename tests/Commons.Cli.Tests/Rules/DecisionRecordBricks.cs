using Commons.Engine.Catalog;

namespace Commons.Cli.Tests.Rules;

/// <summary>The list of bricks in docs/decision-record.md (section <c>briques</c>), written from the catalog.</summary>
internal static class DecisionRecordBricks
{
    public const string Section = "record-bricks";

    public static string List() => string.Join(", ", BrickCatalog.Embedded.Bricks.Select(b => "`" + b.Id + "`")) + ".\n";
}
