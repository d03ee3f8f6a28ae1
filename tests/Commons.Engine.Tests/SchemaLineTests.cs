using Commons.Engine.Record;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>
/// CN0016: the editor's schema line must lead to a schema the editor can read. Only what is certain offline is
/// reported (a local path that is missing or a folder, a scheme the editor does not read); http(s) is never checked.
/// </summary>
public sealed class SchemaLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("commons-schema-line-").FullName;

    public SchemaLineTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "schemas"));
        File.WriteAllText(Path.Combine(_folder, "schemas", "record.schema.json"), "{}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ValidationResult CheckWithLine(string firstLines, bool checkSchemaLine = true)
    {
        var path = Path.Combine(_folder, RecordValidator.FileName);
        File.WriteAllText(path, firstLines + Demarche + "\n");
        return (checkSchemaLine ? CheckValidator() : Validator()).ValidateFile(path);
    }

    [Theory]
    [InlineData("# yaml-language-server: $schema=./schemas/record.schema.json\n")]
    [InlineData("# yaml-language-server: $schema=schemas/record.schema.json#/definitions/brique\n")]
    [InlineData("# yaml-language-server: $schema=https://schemas.example/commons-decision.schema.json\n")]
    [InlineData("# yaml-language-server: $schema=http://intranet/commons-decision.schema.json\n")]
    [InlineData("# yaml-language-server: $schema=none\n")]
    [InlineData("# yaml-language-server: no schema named here\n")]
    [InlineData("# A comment first\n\n# yaml-language-server: $schema=./schemas/record.schema.json\n")]
    [InlineData("")]
    public void A_readable_schema_an_http_address_or_no_schema_line_is_not_reported(string firstLines)
    {
        AssertFindings(CheckWithLine(firstLines));
    }

    [Fact]
    public void An_absolute_path_or_a_file_address_to_an_existing_schema_is_not_reported()
    {
        var schema = Path.Combine(_folder, "schemas", "record.schema.json");
        AssertFindings(CheckWithLine("# yaml-language-server: $schema=" + schema + "\n"));
        AssertFindings(CheckWithLine("# yaml-language-server: $schema=" + new Uri(schema).AbsoluteUri + "\n"));
    }

    [Fact]
    public void A_relative_path_that_does_not_exist_is_reported_at_the_reference()
    {
        var result = CheckWithLine("# yaml-language-server: $schema=../../../rules/commons-decision.schema.json\n");
        AssertFindings(result, ("CN0016", 1, 33));
        Assert.Equal(
            "The schema line points at '../../../rules/commons-decision.schema.json', which does not exist: editors (yaml-language-server) cannot load the schema and check nothing as the record is typed. Write the schema beside the record with 'commons schema --output commons-decision.schema.json' and point the line at ./commons-decision.schema.json, or at the schema's published address.",
            result.Findings[0].Message);
        Assert.Equal(Commons.Engine.Findings.FindingSeverity.Warning, result.Findings[0].Severity);
    }

    [Fact]
    public void A_file_address_to_nothing_is_reported()
    {
        var missing = new Uri(Path.Combine(_folder, "absent.json")).AbsoluteUri;
        AssertFindings(CheckWithLine("# yaml-language-server: $schema=" + missing + "\n"), ("CN0016", 1, 33));
    }

    [Fact]
    public void A_folder_is_reported_as_a_folder()
    {
        var result = CheckWithLine("# yaml-language-server: $schema=./schemas\n");
        AssertFindings(result, ("CN0016", 1, 33));
        Assert.Contains("which is a folder, not a schema file", result.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scheme_the_editor_does_not_read_is_reported()
    {
        var result = CheckWithLine("# yaml-language-server: $schema=ftp://intranet/commons-decision.schema.json\n");
        AssertFindings(result, ("CN0016", 1, 33));
        Assert.Contains("an address editors (yaml-language-server) cannot read", result.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_short_modeline_form_is_read_too()
    {
        AssertFindings(CheckWithLine("# $schema: ./absent.json\n"), ("CN0016", 1, 12));
    }

    [Fact]
    public void A_schema_line_below_the_first_key_is_not_the_editor_s_and_is_not_checked()
    {
        var path = Path.Combine(_folder, RecordValidator.FileName);
        File.WriteAllText(path, Demarche + "\n# yaml-language-server: $schema=./absent.json\n");
        AssertFindings(CheckValidator().ValidateFile(path));
    }

    [Fact]
    public void The_build_s_validation_does_not_report_it()
    {
        AssertFindings(CheckWithLine("# yaml-language-server: $schema=./absent.json\n", checkSchemaLine: false));
    }

    [Fact]
    public void The_french_message_names_the_reference()
    {
        var path = Path.Combine(_folder, RecordValidator.FileName);
        File.WriteAllText(path, "# yaml-language-server: $schema=./absent.json\n" + Demarche + "\n");
        var result = CheckValidator("fr").ValidateFile(path);
        Assert.StartsWith("La ligne de schéma pointe vers « ./absent.json », qui n'existe pas", Single(result, "CN0016").Message, StringComparison.Ordinal);
    }
}
