using System.Text.Json;
using Commons.Engine.Findings;
using Commons.Engine.Record;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>The record's schema for editors with no internet: <c>commons schema</c> and <c>commons init --schema-local</c>.</summary>
public sealed class SchemaCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("commons-schema-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void commons_schema_prints_the_schema_of_rules_with_the_published_address_as_its_id()
    {
        var (code, output, _) = Run("schema");

        Assert.Equal(0, code);
        using var printed = JsonDocument.Parse(output);
        Assert.Equal(HelpLinks.SchemaUri, printed.RootElement.GetProperty("$id").GetString());
        using var source = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", RecordSchema.LocalFileName)));
        Assert.Equal(source.RootElement.GetProperty("properties").GetRawText(), printed.RootElement.GetProperty("properties").GetRawText());
    }

    [Fact]
    public void The_schema_file_of_rules_names_the_address_set_in_Directory_Build_props()
    {
        // One setting: Directory.Build.props sets CommonsSchemaUri; the file published at that address names itself.
        using var source = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", RecordSchema.LocalFileName)));
        Assert.Equal(HelpLinks.SchemaUri, source.RootElement.GetProperty("$id").GetString());
        Assert.Contains("<CommonsSchemaUri>" + HelpLinks.SchemaUri + "</CommonsSchemaUri>", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")));
        Assert.Contains("<CommonsRulePagesBaseUri>" + HelpLinks.BaseUri + "</CommonsRulePagesBaseUri>", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")));
    }

    [Fact]
    public void commons_schema_writes_a_file_with_output()
    {
        var file = Path.Combine(_folder, "schema.json");
        Assert.Equal(0, Run("schema", "--output", file).ExitCode);
        Assert.Equal(RecordSchema.Json, File.ReadAllText(file));
    }

    [Fact]
    public void init_with_schema_local_writes_the_schema_beside_the_record_and_points_the_record_at_it()
    {
        var (code, _, error) = Run("init", _folder, "--nature", "site-editorial", "--name", "Site des aidants", "--owner", "DICOM",
            "--solution", "sites-faciles", "--schema-local", "--today", "2026-11-28");

        Assert.True(code == 0, error);
        var record = File.ReadAllText(Path.Combine(_folder, RecordValidator.FileName));
        Assert.StartsWith("# yaml-language-server: $schema=./commons-decision.schema.json\n", record);
        Assert.Equal(RecordSchema.Json, File.ReadAllText(Path.Combine(_folder, RecordSchema.LocalFileName)));
        Assert.Equal(0, Run("check", _folder, "--today", "2026-11-28").ExitCode);
    }

    [Fact]
    public void init_by_default_writes_the_schema_beside_the_record_so_the_editor_reads_it_offline()
    {
        // This repository builds the tool with CommonsSchemaPublished=false: the schema is not assumed to be served.
        Assert.False(HelpLinks.SchemaServed);
        var (code, output, error) = Run("init", _folder, "--nature", "site-editorial", "--name", "Site des aidants", "--owner", "DICOM",
            "--solution", "sites-faciles", "--today", "2026-11-28", "--lang", "en");

        Assert.True(code == 0, error);
        Assert.EndsWith(
            "Record written: " + Path.Combine(_folder, RecordValidator.FileName) + ". Check it with: commons check\n"
            + "Schema for YAML editors, read with no network: " + Path.Combine(_folder, RecordSchema.LocalFileName) + ". Commit it with the record.\n",
            output.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.StartsWith("# yaml-language-server: $schema=./commons-decision.schema.json\n", File.ReadAllText(Path.Combine(_folder, RecordValidator.FileName)));
        Assert.Equal(RecordSchema.Json, File.ReadAllText(Path.Combine(_folder, RecordSchema.LocalFileName)));
        var check = Run("check", _folder, "--today", "2026-11-28", "--lang", "en");
        Assert.Equal("1 record(s) checked: 0 error(s), 0 warning(s).", check.Output.Trim());
    }

    [Fact]
    public void init_with_schema_published_points_at_the_published_schema()
    {
        var (code, output, error) = Run("init", _folder, "--nature", "site-editorial", "--name", "Site des aidants", "--owner", "DICOM",
            "--solution", "sites-faciles", "--schema-published", "--today", "2026-11-28");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("commons-decision.schema.json", output, StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=" + HelpLinks.SchemaUri + "\n", File.ReadAllText(Path.Combine(_folder, RecordValidator.FileName)));
        Assert.False(File.Exists(Path.Combine(_folder, RecordSchema.LocalFileName)));
    }

    [Fact]
    public void init_refuses_both_schema_options_and_writes_nothing()
    {
        var (code, _, error) = Run("init", _folder, "--nature", "site-editorial", "--name", "Site des aidants", "--owner", "DICOM",
            "--solution", "sites-faciles", "--schema-local", "--schema-published", "--today", "2026-11-28", "--lang", "en");

        Assert.Equal(2, code);
        Assert.Equal("commons: --schema-local and --schema-published exclude each other: keep one.", error.Trim());
        Assert.False(File.Exists(Path.Combine(_folder, RecordValidator.FileName)));
    }

    [Fact]
    public void the_record_init_writes_links_the_published_format_page_beside_the_rule_pages()
    {
        Assert.Equal("https://github.com/SocialGouv/commons-analyzers/blob/main/docs/decision-record.md", HelpLinks.DecisionRecordPage);
        Assert.Equal(0, Run("init", _folder, "--nature", "site-editorial", "--name", "Site des aidants", "--owner", "DICOM",
            "--solution", "sites-faciles", "--today", "2026-11-28").ExitCode);

        var lines = File.ReadAllLines(Path.Combine(_folder, RecordValidator.FileName));
        Assert.Equal("# Vérifier : commons check ; format : " + HelpLinks.DecisionRecordPage, lines[2]);
        Assert.DoesNotContain(lines, l => l.Contains(" docs/decision-record.md", StringComparison.Ordinal));
    }
}
