using Commons.Engine.Record;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>
/// The schema line as the YAML editor reads it (yaml-language-server, pinned in tests/yaml-editor): the layout
/// <c>commons init</c> writes by default loads offline and raises nothing, and where the editor cannot load the schema,
/// <c>commons check</c> says so (CN0016).
/// </summary>
public sealed class EditorSchemaLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("commons-editor-line-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Record(string name, string firstLine)
    {
        var folder = Path.Combine(_folder, name);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, RecordValidator.FileName);
        File.WriteAllText(path, firstLine + "\n" + Demarche + "\n");
        return path;
    }

    [Fact]
    public void The_editor_loads_the_local_schema_init_writes_and_agrees_with_check_on_lines_it_cannot_load()
    {
        var local = Record("init-layout", RecordSchema.LocalModeline);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(local)!, RecordSchema.LocalFileName), RecordSchema.Json);
        var missing = Record("missing", "# yaml-language-server: $schema=./commons-decision.schema.json");
        var folder = Record("folder", "# yaml-language-server: $schema=./schemas");
        Directory.CreateDirectory(Path.Combine(_folder, "folder", "schemas"));

        // The default schema of the run is one that does not exist: only a record's own line can make the editor check it.
        var answers = YamlLanguageServer.Open(Path.Combine(_folder, "no-default.json"), new[] { local, missing, folder });

        Assert.Empty(answers[local].Diagnostics);
        AssertFindings(CheckValidator().ValidateFile(local));
        foreach (var unreadable in new[] { missing, folder })
        {
            var (line, message) = Assert.Single(answers[unreadable].Diagnostics);
            Assert.StartsWith("Unable to load schema from", message, StringComparison.Ordinal);
            Assert.Equal(2, line); // the editor shows it on the first key; check at the line that names the schema
            AssertFindings(CheckValidator().ValidateFile(unreadable), ("CN0016", 1, 33));
        }
    }
}
