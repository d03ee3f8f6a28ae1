using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Commons.Engine.Record;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>
/// Hover in the YAML editor (yaml-language-server, pinned in tests/yaml-editor): every key and every value of the
/// samples shows a description in French and in English ("français / English"), and a value of a list of choices
/// shows that choice's own description.
/// </summary>
public class EditorHoverTests
{
    private static readonly Regex KeyLine = new(@"^(?<indent>\s*)(?<dash>- )?(?<key>[A-Za-z][A-Za-z0-9-]*):(?<rest>.*)$");

    [Fact]
    public void Every_key_and_value_of_the_samples_has_a_french_and_english_hover()
    {
        var samples = Directory.GetDirectories(RepositoryPaths.Of("samples", "records"))
            .Select(folder => Path.Combine(folder, RecordValidator.FileName))
            .Where(path => !Validator().ValidateFile(path).Findings.Any(f => f.Id is "CN0002" or "CN0004" or "CN0007" or "CN0009" or "CN0011"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(11, samples.Count);

        var targets = samples.ToDictionary(path => path, HoverTargets);
        var answers = YamlLanguageServer.Open(RepositoryPaths.Of("rules", "commons-decision.schema.json"), samples, path => targets[path].Select(t => (t.Line, t.Character)).ToList());
        var choices = SchemaChoices();
        var problems = new List<string>();
        foreach (var path in samples)
        {
            var hovers = answers[Path.GetFullPath(path)].Hovers;
            Assert.Equal(targets[path].Count, hovers.Count);
            foreach (var (target, hover) in targets[path].Zip(hovers))
            {
                var where = Path.GetFileName(Path.GetDirectoryName(path)) + ":" + (target.Line + 1) + ":" + (target.Character + 1) + " '" + target.Text + "'";
                if (hover == null || hover.StartsWith("```", StringComparison.Ordinal) || !hover.Contains(" / ", StringComparison.Ordinal))
                {
                    problems.Add(where + ": no French / English description: " + hover);
                }
                else if (target.IsValue && choices.Contains(target.Text)
                    && !hover.Split('\n').Any(l => l.StartsWith("* `" + target.Text + "`: ", StringComparison.Ordinal) && l.Contains(" / ", StringComparison.Ordinal)))
                {
                    problems.Add(where + ": the choice has no description of its own: " + hover);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_key_and_choice_of_the_schema_has_a_french_and_english_description()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Of("rules", "commons-decision.schema.json")))!;
        var problems = new List<string>();
        Walk(schema, "#", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void Walk(JsonNode? node, string where, List<string> problems)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(array[i], where + "/" + i, problems);
            }

            return;
        }

        if (node is not JsonObject json)
        {
            return;
        }

        if (json["properties"] is JsonObject properties)
        {
            foreach (var (key, value) in properties)
            {
                // A property is described where it is declared, or by the definition it refers to for the bricks' choice.
                var described = value?["description"]?.GetValue<string>() ?? (value?["$ref"] is not null ? "ref / ref" : null);
                if (described == null || !described.Contains(" / ", StringComparison.Ordinal))
                {
                    problems.Add(where + "/properties/" + key + ": no 'français / English' description");
                }
            }
        }

        if (json["enum"] is JsonArray values)
        {
            var descriptions = json["enumDescriptions"] as JsonArray;
            if (descriptions == null || descriptions.Count != values.Count || descriptions.Any(d => !d!.GetValue<string>().Contains(" / ", StringComparison.Ordinal)))
            {
                problems.Add(where + ": every value of the enum needs a 'français / English' description");
            }
        }

        // Conditions (if/then/else, not) restate keys declared elsewhere: the declarations carry the descriptions.
        foreach (var (key, value) in json.Where(p => p.Key is not ("if" or "then" or "else" or "not")))
        {
            Walk(value, where + "/" + key, problems);
        }
    }

    private static HashSet<string> SchemaChoices()
    {
        var text = File.ReadAllText(RepositoryPaths.Of("rules", "commons-decision.schema.json"));
        var choices = new HashSet<string>(StringComparer.Ordinal);
        Collect(JsonNode.Parse(text));
        return choices;

        void Collect(JsonNode? node)
        {
            if (node is JsonObject json)
            {
                if (json["enum"] is JsonArray values)
                {
                    choices.UnionWith(values.Select(v => v!.ToString()));
                }

                foreach (var (_, value) in json)
                {
                    Collect(value);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var item in array)
                {
                    Collect(item);
                }
            }
        }
    }

    /// <summary>Every key of the record and every value written on a key's line (each item of a [flow, list]).</summary>
    private static List<(int Line, int Character, string Text, bool IsValue)> HoverTargets(string path)
    {
        var targets = new List<(int, int, string, bool)>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = KeyLine.Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var keyColumn = match.Groups["key"].Index;
            targets.Add((i, keyColumn, match.Groups["key"].Value, false));
            var rest = match.Groups["rest"];
            var comment = Regex.Match(rest.Value, @"\s+#");
            var value = comment.Success ? rest.Value.Substring(0, comment.Index) : rest.Value;
            var start = value.Length - value.TrimStart().Length;
            value = value.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            var valueColumn = rest.Index + start;
            if (value.StartsWith('[') && value.EndsWith(']'))
            {
                var offset = 1;
                foreach (var item in value[1..^1].Split(','))
                {
                    var trimmed = item.Trim();
                    if (trimmed.Length > 0)
                    {
                        targets.Add((i, valueColumn + offset + item.IndexOf(trimmed, StringComparison.Ordinal), trimmed, true));
                    }

                    offset += item.Length + 1;
                }

                continue;
            }

            targets.Add((i, valueColumn, value.Trim('"'), true));
        }

        return targets;
    }
}
