using System.Text;
using System.Text.Json;
using Commons.Engine.Catalog;

namespace Commons.Cli.Tests.Rules;

/// <summary>
/// The record schema's brick list (<c>briques</c> → <c>properties</c> of rules/commons-decision.schema.json), written
/// from the catalog in place: only that object is rewritten, and an entry already there keeps its text as written by
/// hand (its description, its reference), so the rest of the schema stays the hand-written file it is.
/// </summary>
internal static class SchemaBrickList
{
    public const string File = "rules/commons-decision.schema.json";

    private const string Anchor = "\"briques\": {";
    private const string Properties = "\"properties\": {";

    /// <summary>The schema's text with the brick list in the catalog's order: a missing brick added, an unknown one dropped.</summary>
    public static string Rewrite(string schema, BrickCatalog catalog)
    {
        var open = ListStart(schema);
        var close = MatchingBrace(schema, open);
        var lineStart = schema.LastIndexOf('\n', open) + 1;
        var indent = new string(' ', CountIndent(schema, lineStart));
        var entries = Entries(schema, open, close);
        var text = new StringBuilder("{");
        var first = true;
        foreach (var brick in catalog.Bricks)
        {
            text.Append(first ? "\n" : ",\n").Append(indent).Append("  ");
            text.Append(entries.TryGetValue(brick.Id, out var written) ? written : NewEntry(brick, indent + "  "));
            first = false;
        }

        text.Append('\n').Append(indent).Append('}');
        return schema.Substring(0, open) + text + schema.Substring(close + 1);
    }

    /// <summary>The ids of the brick list as the schema has them.</summary>
    public static IReadOnlyList<string> Listed(string schema)
    {
        var open = ListStart(schema);
        return Entries(schema, open, MatchingBrace(schema, open)).Keys.ToList();
    }

    /// <summary>A brick's entry as the schema writes the others: its names for the editor's hover, and the brick's shape.</summary>
    private static string NewEntry(Brick brick, string indent) =>
        JsonSerializer.Serialize(brick.Id) + ": {\n"
        + indent + "  \"description\": " + Json("Brique « " + brick.Name.French + " ». / Brick '" + brick.Name.English + "'.") + ",\n"
        + indent + "  \"$ref\": \"#/definitions/brique\"\n"
        + indent + "}";

    private static string Json(string text) =>
        JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static int ListStart(string schema)
    {
        var briques = schema.IndexOf(Anchor, StringComparison.Ordinal);
        var properties = briques < 0 ? -1 : schema.IndexOf(Properties, briques, StringComparison.Ordinal);
        if (properties < 0)
        {
            throw new InvalidOperationException(File + ": no " + Anchor + " … " + Properties + " to write the brick list into");
        }

        return properties + Properties.Length - 1;
    }

    private static int CountIndent(string text, int lineStart)
    {
        var count = 0;
        while (lineStart + count < text.Length && text[lineStart + count] == ' ')
        {
            count++;
        }

        return count;
    }

    /// <summary>Each entry of the object that opens at <paramref name="open"/>, keyed by its name, as written.</summary>
    private static Dictionary<string, string> Entries(string text, int open, int close)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = open + 1;
        while (true)
        {
            var key = text.IndexOf('"', i);
            if (key < 0 || key > close)
            {
                return entries;
            }

            var keyEnd = StringEnd(text, key);
            var value = text.IndexOf('{', keyEnd);
            var valueEnd = MatchingBrace(text, value);
            entries[JsonSerializer.Deserialize<string>(text.Substring(key, keyEnd - key + 1))!] = text.Substring(key, valueEnd - key + 1);
            i = valueEnd + 1;
        }
    }

    /// <summary>The index of the quote that closes the string opening at <paramref name="quote"/>.</summary>
    private static int StringEnd(string text, int quote)
    {
        for (var i = quote + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i;
            }
        }

        throw new InvalidOperationException(File + ": a string is not closed");
    }

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    i = StringEnd(text, i);
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i;
            }
        }

        throw new InvalidOperationException(File + ": the object at " + open + " is not closed");
    }
}
