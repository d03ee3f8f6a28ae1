using System.Globalization;
using System.Text.Json;
using Commons.Cli.Audit;

namespace Commons.Cli.Tests;

/// <summary>
/// The integrity audit (<c>commons check --audit</c>) over tests/fixtures/weakened-repository, which weakens
/// enforcement once in every way the audit knows (its README lists them): each is found at its file and line,
/// with whether a justification was given.
/// </summary>
public sealed class IntegrityAuditTests
{
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "weakened-repository");

    private static readonly DateTime Today = new(2026, 11, 28);

    /// <summary>Every weakening of the fixture: (ID, file, line, column, rules, justified).</summary>
    private static readonly (string Id, string File, int Line, int Column, string Rules, bool Justified)[] Expected =
    {
        ("CN0953", ".editorconfig", 6, 1, "CN1003", true),
        ("CN0953", ".editorconfig", 7, 1, "category-Commons.Bricks", false),
        ("CN0954", ".github/workflows/build.yml", 12, 27, "CN1006", true),
        ("CN0955", ".github/workflows/build.yml", 14, 38, "CN0901", false),
        ("CN0953", ".globalconfig", 3, 1, "CN1004", false),
        ("CN0955", "Directory.Build.props", 5, 5, "CN0901", true),
        ("CN0956", "commons-decision.yml", 15, 15, "ged", true),
        ("CN0954", "src/App/App.csproj", 5, 5, "CN1005", false),
        ("CN0951", "src/App/Envoi.cs", 7, 1, "CN1002", false),
        ("CN0951", "src/App/Envoi.cs", 14, 1, "CN1002", true),
        ("CN0952", "src/App/Stockage.cs", 7, 6, "CN1007", false),
        ("CN0952", "src/App/Stockage.cs", 10, 6, "CN1008", true),
    };

    [Fact]
    public void Every_weakening_of_the_fixture_is_found_with_file_line_and_justification()
    {
        var audit = IntegrityAudit.Run(Fixture, Today, CultureInfo.GetCultureInfo("en"));

        var actual = audit.Items.Select(i => (i.Id, i.File, i.Line, i.Column, string.Join(",", i.RuleIds), i.Justified)).ToArray();
        Assert.Equal(Expected, actual);
        Assert.Equal(AuditRules.All.Select(AuditRules.IdOf).Order(), audit.Items.Select(i => i.Id).Distinct().Order());
        Assert.Equal(6, audit.UnjustifiedCount);
    }

    [Fact]
    public void A_pipeline_fails_on_unjustified_weakenings_only_when_asked()
    {
        var informs = CliRunner.Run("check", "--audit", "--lang", "en", "--today", "2026-11-28", Fixture);
        var fails = CliRunner.Run("check", "--audit", "--fail-on-unjustified", "--lang", "en", "--today", "2026-11-28", Fixture);

        Assert.Equal(0, informs.ExitCode);
        Assert.Equal(1, fails.ExitCode);
        Assert.Contains(Path.Combine(Fixture, "src", "App", "Envoi.cs") + "(7,1): warning CN0951: '#pragma warning disable CN1002'", informs.Output, StringComparison.Ordinal);
        Assert.Contains("Integrity audit of " + Fixture + ": 12 weakening(s), 6 without justification.", informs.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_without_weakening_passes_the_gate()
    {
        var clean = Path.Combine(RepositoryPaths.Root, "samples", "repositories", "conforme");

        var result = CliRunner.Run("check", "--audit", "--fail-on-unjustified", "--today", "2026-11-28", clean);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains(": 0 affaiblissement(s), dont 0 sans justification.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_sarif_carry_the_audit_with_justification()
    {
        var json = CliRunner.Run("check", "--audit", "--format", "json", "--lang", "en", "--today", "2026-11-28", Fixture);
        var sarif = CliRunner.Run("check", "--audit", "--format", "sarif", "--lang", "en", "--today", "2026-11-28", Fixture);

        using var document = JsonDocument.Parse(json.Output);
        var audit = document.RootElement.GetProperty("audit").EnumerateArray().ToList();
        Assert.Equal(12, audit.Count);
        var pending = audit.Single(a => a.GetProperty("id").GetString() == "CN0952" && a.GetProperty("line").GetInt32() == 7);
        Assert.False(pending.GetProperty("justified").GetBoolean());
        Assert.Equal("<Pending>", pending.GetProperty("justification").GetString());

        using var log = JsonDocument.Parse(sarif.Output);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("CN095", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, results.Count);
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]));
        Assert.Equal(6, results.Count(r => r.GetProperty("level").GetString() == "warning"));
        Assert.Equal(6, results.Count(r => r.GetProperty("level").GetString() == "note"));
    }

    [Theory]
    [InlineData("<Pending>", false)]
    [InlineData("TODO: expliquer", false)]
    [InlineData("n/a", false)]
    [InlineData("", false)]
    [InlineData("Archivage légal hors périmètre de la brique.", true)]
    public void Placeholders_are_not_justifications(string text, bool justified)
    {
        var item = new AuditItem(AuditKind.PragmaSuppression, "a.cs", 1, 1, new[] { "CN1001" }, text, "#pragma warning disable CN1001");

        Assert.Equal(justified, item.Justified);
    }
}

public sealed class IntegritySectionTests
{
    [Fact]
    public void Scan_with_audit_puts_the_integrity_section_in_the_html_report()
    {
        var fixture = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "weakened-repository");
        var html = Path.Combine(Path.GetTempPath(), "commons-audit-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            var result = CliRunner.Run("scan", fixture, "--audit", "--no-code", "--lang", "en", "--today", "2026-11-28", "--report", html);

            var text = File.ReadAllText(html);
            Assert.True(File.Exists(html), result.Output + result.Error);
            Assert.Contains("<section id=\"integrity\"><h2>Integrity</h2>", text, StringComparison.Ordinal);
            Assert.Contains("src/<wbr>App/<wbr>Envoi.cs(7,1)", text, StringComparison.Ordinal); // wrapped after its separators
            Assert.Contains("&lt;Pending&gt;", text, StringComparison.Ordinal);
            Assert.DoesNotContain("No integrity audit in this report", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(html);
        }
    }
}
