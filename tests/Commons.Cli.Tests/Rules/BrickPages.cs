using System.Text;
using Commons.Engine.Catalog;

namespace Commons.Cli.Tests.Rules;

/// <summary>The signatures section of each brick's page (docs/rules/CN10xx.md), written from rules/catalog.yml.</summary>
internal static class BrickPages
{
    public static string Signatures(Brick brick)
    {
        var text = new StringBuilder();
        text.Append("## Signatures\n");
        text.Append("What the catalog (`rules/catalog.yml`) lists for `").Append(brick.Id).Append("`, as the analyzers and `commons scan` match it.\n\n");
        Append(text, brick.Signatures);
        foreach (var group in BrickCatalog.Embedded.Groups.Where(g => g.BrickIds.Contains(brick.Id)))
        {
            text.Append("\nShared with ").Append(string.Join(", ", group.BrickIds.Where(id => id != brick.Id).Select(id => "`" + id + "`")))
                .Append(" (group `").Append(group.Id).Append("`, reported once for all its bricks, see [the catalog](../catalog.md)):\n\n");
            Append(text, group.Signatures);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, SignatureSet signatures)
    {
        var empty = true;
        void Line(string what, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                text.Append("- ").Append(what).Append(": ").Append(string.Join(", ", values.Select(v => "`" + v + "`"))).Append('\n');
                empty = false;
            }
        }

        Line("Types and namespaces", signatures.Types);
        Line("Members", signatures.Members);
        Line("Members reported when passed a password", signatures.PasswordMembers);
        Line("Authentication setups", signatures.Setups);
        Line("NuGet packages", signatures.Packages);
        Line("Hosts", signatures.Hosts);
        foreach (var ecosystem in PackageEcosystems.Others)
        {
            Line(ecosystem + " packages", signatures.PackagesOf(ecosystem));
        }

        Line("Imports", signatures.Imports);
        Line("Configuration keys (indirect)", signatures.Settings);
        if (empty)
        {
            text.Append("- none yet: the brick is reported only where the record is checked.\n");
        }
    }
}
