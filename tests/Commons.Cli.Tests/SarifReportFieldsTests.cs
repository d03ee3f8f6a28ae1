using System.Text.Json;
using Commons.Cli.Audit;
using Commons.Cli.Output;
using Commons.Cli.Tests.Ecosystems;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>
/// The SARIF log's fields with exact values: the driver, the run's language, which rules each command describes (the
/// record's rules for <c>check</c>, the bricks' too for <c>scan</c>, the audit's with <c>--audit</c>), the level of an
/// error, an audit result's file and properties, and the text layout. Written from the mutation run's survivors (issue
/// 21, point 10): <see cref="SarifOutputTests"/> checks the shape, these the values a code-scanning service reads.
/// </summary>
public class SarifReportFieldsTests
{
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "weakened-repository");

    private static readonly string[] RecordRuleIds = RecordRules.All.Select(r => r.Id).ToArray();

    private static readonly string[] AuditRuleIds = AuditRules.Every.Select(AuditRules.IdOf).ToArray();

    private static string Check(string language, params string[] args) =>
        Run(new[] { "check" }.Concat(args).Concat(new[] { "--format", "sarif", "--today", "2026-11-28", "--lang", language }).ToArray()).Output;

    private static JsonElement RunOf(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].Clone();

    private static List<JsonElement> Rules(JsonElement run) =>
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void The_driver_and_the_run_language_have_their_exact_values(string language)
    {
        var run = RunOf(Check(language, Sample("referentiel-glpi")));

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal(
            new[] { ("name", "commons"), ("version", CheckReport.ToolVersion), ("semanticVersion", CheckReport.ToolVersion), ("informationUri", HelpLinks.BaseUri) },
            driver.EnumerateObject().Where(p => p.Name != "rules").Select(p => (p.Name, p.Value.GetString()!)));
        Assert.Equal(language, run.GetProperty("language").GetString());
    }

    [Fact]
    public void Check_describes_the_record_rules_only()
    {
        var rules = Rules(RunOf(Check("en", Sample("referentiel-glpi"))));

        Assert.Equal(RecordRuleIds, rules.Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public void Check_with_audit_adds_the_audit_rules_as_warnings()
    {
        var rules = Rules(RunOf(Check("en", "--audit", Fixture)));

        Assert.Equal(RecordRuleIds.Concat(AuditRuleIds), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules.Skip(RecordRuleIds.Length), r => Assert.Equal("warning", r.GetProperty("defaultConfiguration").GetProperty("level").GetString()));
    }

    [Fact]
    public void Scan_adds_one_warning_rule_per_brick_with_a_diagnostic()
    {
        using var repository = new ScratchRepository().Write("app.js", "const u = 'https://api.sendgrid.com/v3';\n");
        var rules = Rules(RunOf(Run("scan", repository.Root, "--format", "sarif", "--today", "2026-11-28", "--lang", "en").Output));

        var bricks = BrickCatalog.Embedded.Bricks.Where(b => b.DiagnosticId.Length > 0).ToList();
        Assert.Equal(RecordRuleIds.Concat(bricks.Select(b => b.DiagnosticId)), rules.Select(r => r.GetProperty("id").GetString()));
        var notifications = rules.Single(r => r.GetProperty("id").GetString() == "CN1004");
        Assert.Equal(BrickCatalog.Embedded.Find("notifications")!.Name.In(System.Globalization.CultureInfo.GetCultureInfo("en")), notifications.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(HelpLinks.For("CN1004"), notifications.GetProperty("helpUri").GetString());
        Assert.All(rules.Skip(RecordRuleIds.Length), r => Assert.Equal("warning", r.GetProperty("defaultConfiguration").GetProperty("level").GetString()));
    }

    [Fact]
    public void An_error_is_level_error_and_a_warning_level_warning()
    {
        var results = RunOf(Check("en", Sample("site-editorial-specifique-non-justifie"))).GetProperty("results").EnumerateArray();

        Assert.Equal(new[] { ("CN0013", "error"), ("CN0012", "warning") }, results.Select(r => (r.GetProperty("ruleId").GetString()!, r.GetProperty("level").GetString()!)));
    }

    [Fact]
    public void An_audit_result_points_at_the_weakening_file_and_carries_its_justification()
    {
        var results = RunOf(Check("en", "--audit", Fixture)).GetProperty("results").EnumerateArray().ToList();

        var justified = results.Single(r => r.GetProperty("ruleId").GetString() == "CN0953" && Region(r).Line == 6);
        Assert.Equal(SarifReportWriter.ToUri(Path.Combine(Fixture, ".editorconfig")), Uri(justified));
        Assert.Equal((6, 1), Region(justified));
        Assert.Equal("note", justified.GetProperty("level").GetString());
        var properties = justified.GetProperty("properties");
        Assert.True(properties.GetProperty("justified").GetBoolean());
        Assert.Equal("La brique GED a une exception en cours : voir commons-decision.yml.", properties.GetProperty("justification").GetString());
        var unjustified = results.Single(r => r.GetProperty("ruleId").GetString() == "CN0953" && Region(r).Line == 7);
        Assert.Equal("warning", unjustified.GetProperty("level").GetString());
        Assert.False(unjustified.GetProperty("properties").GetProperty("justified").GetBoolean());
        Assert.Equal(JsonValueKind.Null, unjustified.GetProperty("properties").GetProperty("justification").ValueKind);
    }

    [Fact]
    public void The_log_is_indented_keeps_accents_readable_and_ends_with_a_line_break()
    {
        var output = Check("fr", Sample("demarche-demat-social-a-tort")).ReplaceLineEndings("\n");

        Assert.StartsWith("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",", output, StringComparison.Ordinal);
        Assert.Contains("Démat Social", output, StringComparison.Ordinal);
        Assert.EndsWith("\n}\n", output, StringComparison.Ordinal);
    }

    private static string? Uri(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();

    private static (int Line, int Column) Region(JsonElement result)
    {
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        return (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
    }
}
