using System.Text.Json;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>
/// The SARIF output follows the 2.1.0 object model that code-scanning services ingest: version, one run,
/// a driver with its rules and help links, results with a rule, a level, a message and a 1-based region.
/// </summary>
public class SarifOutputTests
{
    private static JsonElement Sarif(params string[] samples)
    {
        var args = new List<string> { "check" };
        args.AddRange(samples.Select(Sample));
        args.AddRange(new[] { "--format", "sarif", "--today", "2026-11-28", "--lang", "en" });
        var (_, output, _) = Run(args.ToArray());
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    [Fact]
    public void Log_has_the_version_schema_and_one_run_with_the_tool()
    {
        var sarif = Sarif("exception-expiree");
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", sarif.GetProperty("$schema").GetString());
        var runs = sarif.GetProperty("runs").EnumerateArray().ToList();
        Assert.Single(runs);
        var driver = runs[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("commons", driver.GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("version").GetString());
    }

    [Fact]
    public void Every_rule_has_an_id_a_description_a_help_uri_and_a_default_level()
    {
        var rules = Sarif("exception-expiree").GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.True(rules.Count >= 25);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.Matches("^CN[0-9]{4}$", id);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Equal(new Uri(rule.GetProperty("helpUri").GetString()!).AbsoluteUri, rule.GetProperty("helpUri").GetString());
            Assert.EndsWith(id + ".md", rule.GetProperty("helpUri").GetString());
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }
    }

    [Fact]
    public void Results_point_at_their_rule_and_at_a_one_based_region()
    {
        var run = Sarif("exception-expiree", "site-editorial-specifique-non-justifie").GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning" });
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("commons-decision.yml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.True(location.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
        }

        var expired = results.Single(r => r.GetProperty("ruleId").GetString() == "CN0201");
        Assert.Equal(15, expired.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("warning", results.Single(r => r.GetProperty("ruleId").GetString() == "CN0012").GetProperty("level").GetString());
    }

    [Fact]
    public void Absolute_paths_become_file_uris_and_relative_paths_stay_relative()
    {
        var run = Sarif("exception-expiree").GetProperty("runs")[0];
        var uri = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", uri);

        var relative = RunProcess(RepositoryPaths.Root, "check", "samples/records/exception-expiree", "--format", "sarif", "--today", "2026-11-28");
        var relativeUri = JsonDocument.Parse(relative.Output).RootElement.GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("samples/records/exception-expiree/commons-decision.yml", relativeUri);
    }

    [Fact]
    public void Start_line_and_column_are_where_the_finding_is_one_based()
    {
        // Columns count characters from 1 (a tab is one): the host after two spaces and "const u = 'https://" (19),
        // then after a tab and "const v = \"https://" (19).
        using var repository = new Ecosystems.ScratchRepository()
            .Write("src/app.js", "// adresse\n  const u = 'https://api.sendgrid.com/v3';\n\tconst v = \"https://api.mailjet.com\";\n");
        var (_, output, _) = Run("scan", repository.Root, "--format", "sarif", "--today", "2026-11-28", "--lang", "en");

        var regions = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region"))
            .Select(r => (r.GetProperty("startLine").GetInt32(), r.GetProperty("startColumn").GetInt32()))
            .ToList();

        Assert.Equal(new[] { (2, 22), (3, 21) }, regions);
    }

    [Fact]
    public void The_expired_exception_is_located_at_its_echeance_date()
    {
        var results = Sarif("exception-expiree").GetProperty("runs")[0].GetProperty("results").EnumerateArray();
        var region = results.Single(r => r.GetProperty("ruleId").GetString() == "CN0201").GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

        // Line 15 is "    echeance: 2025-12-31": the date starts at column 15.
        Assert.Equal((15, 15), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
    }
}
