using System.Diagnostics;
using System.Text.Json;
using Commons.Engine.Findings;
using Commons.Engine.Record;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>
/// The record as a YAML editor sees it: yaml-language-server (the server of VS Code's YAML extension, Neovim, Helix,
/// Zed; pinned in tests/yaml-editor) opens every sample and test record with the schema, and its diagnostics are
/// compared line by line with the engine's shape findings (what <c>commons check</c> prints for the file and its
/// structure, CN0002–CN0015). The lines where they still differ are the rules no schema can express; each kind is
/// listed below and in docs/decision-record.md, and must still occur (a difference that disappears leaves the list).
/// </summary>
public class SchemaEditorTests
{
    /// <summary>
    /// The differences that remain, by kind: the engine's rule, or "editor" for a line only the editor flags.
    /// Keep in step with the table « Ce que l'éditeur ne voit pas » of docs/decision-record.md.
    /// </summary>
    private static readonly string[] KnownDifferences =
    {
        // Anchors and aliases are valid YAML: the server resolves them, the engine forbids them.
        "CN0004",
        // A section the nature has no use for: a warning in check (the section is ignored); a schema has no warnings.
        "CN0012",
        // A section the nature requires and the record lacks: check points at the nature that requires it, the editor
        // at the top of the file (a JSON schema reports a missing property on the object that lacks it).
        "CN0013 site",
        "editor: Missing property \"site\".",
    };

    private static readonly Lazy<IReadOnlyList<EditorView>> Views = new(OpenAllRecords);

    [Fact]
    public void The_editor_and_check_flag_the_same_lines_but_for_the_listed_rules_no_schema_can_express()
    {
        var unexplained = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in Views.Value)
        {
            foreach (var difference in view.Differences())
            {
                if (KnownDifferences.Contains(difference.Kind))
                {
                    seen.Add(difference.Kind);
                }
                else
                {
                    unexplained.Add(view.Name + ":" + difference.Line + ": " + difference.Kind + " — " + difference.Detail);
                }
            }
        }

        Assert.True(unexplained.Count == 0, "Differences between the editor and check:\n" + string.Join("\n", unexplained) + "\nListed ones seen: " + string.Join(", ", seen));
        Assert.Equal(KnownDifferences.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_editor_loads_the_schema_and_raises_nothing_on_a_valid_record()
    {
        var valid = Views.Value.Where(v => v.Findings.Count == 0).ToList();
        Assert.Equal(
            new[] { "autre-api", "demarche-demarches-simplifiees", "demarche-demat-social", "demarche-specifique-justifiee", "referentiel-glpi", "site-editorial-sites-faciles" },
            valid.Select(v => v.Name.Replace("samples/records/", string.Empty, StringComparison.Ordinal)));
        Assert.All(valid, v => Assert.Empty(v.Diagnostics));
    }

    [Fact]
    public void Every_difference_kind_is_listed_in_the_decision_record_documentation()
    {
        var doc = File.ReadAllText(RepositoryPaths.Of("docs", "decision-record.md"));
        Assert.All(KnownDifferences.Where(k => k.StartsWith("CN", StringComparison.Ordinal)), kind => Assert.Contains("`" + kind.Split(' ')[0] + "`", doc, StringComparison.Ordinal));
    }

    /// <summary>Every sample of samples/records and every record the schema tests write, opened in the server once.</summary>
    private static IReadOnlyList<EditorView> OpenAllRecords()
    {
        var records = Directory.GetDirectories(RepositoryPaths.Of("samples", "records"))
            .Order(StringComparer.Ordinal)
            .Select(folder => (Name: "samples/records/" + Path.GetFileName(folder), Path: Path.Combine(folder, RecordValidator.FileName)))
            .Concat(Directory.GetDirectories(RepositoryPaths.Of("tests", "fixtures"))
                .Order(StringComparer.Ordinal)
                .Select(folder => (Name: "tests/fixtures/" + Path.GetFileName(folder), Path: Path.Combine(folder, RecordValidator.FileName))))
            .ToList();

        var folderOfCases = Path.Combine(Path.GetTempPath(), "commons-schema-editor-" + Guid.NewGuid().ToString("N"));
        var index = 0;
        foreach (var row in SchemaAgreementTests.ShapeErrors())
        {
            var folder = Path.Combine(folderOfCases, "shape-" + (++index).ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "-" + row[0]);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, RecordValidator.FileName);
            File.WriteAllText(path, (string)row[1]);
            records.Add((Path.GetFileName(folder), path));
        }

        try
        {
            var answers = YamlLanguageServer.Open(RepositoryPaths.Of("rules", "commons-decision.schema.json"), records.Select(r => r.Path).ToList());
            return records.Select(r => new EditorView(r.Name, Validator().ValidateFile(r.Path).Findings, answers[Path.GetFullPath(r.Path)].Diagnostics)).ToList();
        }
        finally
        {
            Directory.Delete(folderOfCases, recursive: true);
        }
    }

    /// <summary>One record: the engine's findings and the editor's diagnostics (lines 1-based).</summary>
    private sealed class EditorView
    {
        private static readonly HashSet<string> ShapeCategories = new(StringComparer.Ordinal) { "file", "structure" };

        public EditorView(string name, IReadOnlyList<Finding> findings, IReadOnlyList<(int Line, string Message)> diagnostics)
        {
            Name = name;
            Findings = findings;
            Diagnostics = diagnostics;
        }

        public string Name { get; }

        public IReadOnlyList<Finding> Findings { get; }

        public IReadOnlyList<(int Line, string Message)> Diagnostics { get; }

        public IEnumerable<(int Line, string Kind, string Detail)> Differences()
        {
            var shape = Findings.Where(f => RecordRules.All.Any(r => r.Id == f.Id && ShapeCategories.Contains(r.Category))).ToList();
            var editorLines = Diagnostics.Select(d => d.Line).ToHashSet();
            var checkLines = shape.Select(f => f.Line).ToHashSet();
            foreach (var finding in shape.Where(f => !editorLines.Contains(f.Line)))
            {
                yield return (finding.Line, KindOf(finding), finding.Message);
            }

            foreach (var diagnostic in Diagnostics.Where(d => !checkLines.Contains(d.Line)))
            {
                yield return (diagnostic.Line, "editor: " + diagnostic.Message, diagnostic.Message);
            }
        }

        /// <summary>The rule, and for a missing field which one: CN0013 covers shapes the schema expresses and one it cannot.</summary>
        private static string KindOf(Finding finding)
        {
            if (finding.Id != DiagnosticIds.RequiredMissing)
            {
                return finding.Id;
            }

            var field = finding.Message.Split('\'').ElementAtOrDefault(1) ?? string.Empty;
            return finding.Id + " " + field;
        }
    }
}

/// <summary>What the editor shows for one record: its diagnostics (1-based lines) and the text of each hover asked for.</summary>
internal sealed record EditorAnswer(IReadOnlyList<(int Line, string Message)> Diagnostics, IReadOnlyList<string?> Hovers);

/// <summary>Runs tests/yaml-editor/diagnostics.js: the pinned yaml-language-server over stdio LSP, as an editor drives it.</summary>
internal static class YamlLanguageServer
{
    /// <summary>Opens every record (with <paramref name="hovers"/>' 0-based positions hovered) and returns the answers by full path.</summary>
    public static IReadOnlyDictionary<string, EditorAnswer> Open(string schema, IReadOnlyList<string> records, Func<string, IReadOnlyList<(int Line, int Character)>>? hovers = null)
    {
        var folder = RepositoryPaths.Of("tests", "yaml-editor");
        Assert.True(
            File.Exists(Path.Combine(folder, "node_modules", "yaml-language-server", "package.json")),
            "yaml-language-server is not installed in tests/yaml-editor: building this test project runs `npm ci` there (it needs Node.js and npm).");

        var plan = JsonSerializer.Serialize(new
        {
            schema,
            records = records.Select(r => new
            {
                file = Path.GetFullPath(r),
                hovers = (hovers?.Invoke(r) ?? Array.Empty<(int, int)>()).Select(h => new[] { h.Line, h.Character }).ToArray(),
            }).ToArray(),
        });
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("diagnostics.js");

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var errors = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEndAsync();
        node.StandardInput.Write(plan);
        node.StandardInput.Close();
        // Not a measure of anything: only a hung server is turned into a failure instead of a hung test run.
        if (!node.WaitForExit((int)TimeSpan.FromMinutes(10).TotalMilliseconds))
        {
            node.Kill(entireProcessTree: true);
            Assert.Fail("yaml-language-server did not answer every record; what it said:\n" + errors.Result);
        }

        Assert.True(node.ExitCode == 0, "diagnostics.js failed (exit code " + node.ExitCode + "):\n" + errors.Result);
        var result = new Dictionary<string, EditorAnswer>(StringComparer.Ordinal);
        foreach (var line in output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray()
                .Select(d => (d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() + 1, d.GetProperty("message").GetString() ?? string.Empty))
                .ToList();
            var hoverTexts = json.RootElement.GetProperty("hovers").EnumerateArray().Select(h => h.ValueKind == JsonValueKind.String ? h.GetString() : null).ToList();
            result[json.RootElement.GetProperty("file").GetString()!] = new EditorAnswer(diagnostics, hoverTexts);
        }

        Assert.Equal(records.Count, result.Count);
        return result;
    }
}
