using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Commons.Engine.Yaml;

namespace Commons.Engine.Tests;

/// <summary>
/// Turns a positioned YAML tree into JSON the way an editor's YAML language server does (YAML 1.2 core
/// schema: unquoted true/false/null/numbers are typed, everything else is a string).
/// </summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(Node node) => node switch
    {
        MappingNode mapping => ToObject(mapping),
        SequenceNode sequence => new JsonArray(sequence.Items.Select(Convert).ToArray()),
        ScalarNode scalar => ToValue(scalar),
        _ => null,
    };

    private static JsonObject ToObject(MappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var entry in mapping.Entries)
        {
            result[entry.Key.Value] = Convert(entry.Value);
        }

        return result;
    }

    private static JsonNode? ToValue(ScalarNode scalar)
    {
        if (!scalar.IsPlain)
        {
            return JsonValue.Create(scalar.Value);
        }

        if (scalar.IsNull)
        {
            return null;
        }

        if (scalar.Value is "true" or "false")
        {
            return JsonValue.Create(scalar.Value == "true");
        }

        if (Regex.IsMatch(scalar.Value, "^[-+]?[0-9]+$") && long.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        return JsonValue.Create(scalar.Value);
    }
}
