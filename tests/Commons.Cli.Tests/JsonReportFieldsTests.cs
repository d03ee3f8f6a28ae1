using System.Text.Json;
using Commons.Cli.Output;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>
/// <c>commons check --format json</c>, field by field with exact values: the tool, the summary, each file, a warning
/// and an error, and the audit entries with every field. Written from the mutation run's survivors (issue 21, point
/// 10): the other tests read a few fields, so a field dropped or renamed, a warning written as an error, or an empty
/// audit array on a run without audit passed.
/// </summary>
public class JsonReportFieldsTests
{
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "weakened-repository");

    private static string Check(params string[] args) =>
        Run(new[] { "check" }.Concat(args).Concat(new[] { "--format", "json", "--today", "2026-11-28", "--lang", "en" }).ToArray()).Output;

    [Fact]
    public void The_tool_the_summary_and_each_file_have_their_exact_values()
    {
        using var json = JsonDocument.Parse(Check(Sample("exception-expiree"), Sample("site-editorial-specifique-non-justifie"), Sample("referentiel-glpi")));
        var root = json.RootElement;

        Assert.Equal(new[] { "tool", "summary", "files", "findings" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("commons", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(CheckReport.ToolVersion, root.GetProperty("tool").GetProperty("version").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal((3, 3, 1), (summary.GetProperty("files").GetInt32(), summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32()));
        Assert.Equal(
            new[]
            {
                (Path.Combine(Sample("exception-expiree"), "commons-decision.yml"), false, "autre"),
                (Path.Combine(Sample("site-editorial-specifique-non-justifie"), "commons-decision.yml"), false, "site-editorial"),
                (Path.Combine(Sample("referentiel-glpi"), "commons-decision.yml"), true, "referentiel"),
            },
            root.GetProperty("files").EnumerateArray().Select(f => (f.GetProperty("file").GetString()!, f.GetProperty("valid").GetBoolean(), f.GetProperty("nature").GetString()!)));
    }

    [Fact]
    public void A_warning_is_a_warning_and_an_error_an_error_with_every_field()
    {
        using var json = JsonDocument.Parse(Check(Sample("site-editorial-specifique-non-justifie")));

        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(new[] { ("CN0013", "error"), ("CN0012", "warning") }, findings.Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("severity").GetString()!)));
        var warning = findings[1];
        Assert.Equal(new[] { "id", "severity", "file", "line", "column", "message", "helpUri" }, warning.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Path.Combine(Sample("site-editorial-specifique-non-justifie"), "commons-decision.yml"), warning.GetProperty("file").GetString());
        Assert.Equal((12, 1), (warning.GetProperty("line").GetInt32(), warning.GetProperty("column").GetInt32()));
        Assert.StartsWith("Section 'front-usager' does not apply to a project of nature 'site-editorial'", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://github.com/SocialGouv/commons-analyzers/blob/main/docs/rules/CN0012.md", warning.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void A_run_without_audit_has_no_audit_array()
    {
        using var json = JsonDocument.Parse(Check(Sample("referentiel-glpi")));

        Assert.False(json.RootElement.TryGetProperty("audit", out _));
    }

    [Fact]
    public void An_audit_entry_carries_every_field()
    {
        using var json = JsonDocument.Parse(Check("--audit", Fixture));

        var entry = json.RootElement.GetProperty("audit").EnumerateArray()
            .Single(a => a.GetProperty("id").GetString() == "CN0953" && a.GetProperty("line").GetInt32() == 6);
        Assert.Equal(
            new[] { "id", "kind", "file", "line", "column", "rules", "justified", "justification", "message", "helpUri" },
            entry.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ConfigSeverity", entry.GetProperty("kind").GetString());
        Assert.Equal(Path.Combine(Fixture, ".editorconfig"), entry.GetProperty("file").GetString());
        Assert.Equal(1, entry.GetProperty("column").GetInt32());
        Assert.Equal(new[] { "CN1003" }, entry.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.True(entry.GetProperty("justified").GetBoolean());
        Assert.Equal("La brique GED a une exception en cours : voir commons-decision.yml.", entry.GetProperty("justification").GetString());
        Assert.Equal(
            "This setting lowers CN1003 to 'none': the rule no longer fails or warns. Justification: “La brique GED a une exception en cours : voir commons-decision.yml.”.",
            entry.GetProperty("message").GetString());
        Assert.Equal("https://github.com/SocialGouv/commons-analyzers/blob/main/docs/rules/CN0953.md", entry.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void The_json_is_indented_and_keeps_accents_and_quotes_readable()
    {
        var output = Check(Sample("demarche-demat-social-a-tort"));

        Assert.StartsWith("{\n  \"tool\": {\n    \"name\": \"commons\",", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"message\": \"Démat Social is chosen", output, StringComparison.Ordinal);
        Assert.Contains("holds no real justification ('TODO')", output, StringComparison.Ordinal);
    }
}
