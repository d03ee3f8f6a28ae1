using Commons.Cli.Reports;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>
/// samples/fleet is what a newcomer scans first: one repository per ecosystem of the ministry's fleet (C#, Drupal/PHP,
/// JavaScript/TypeScript, Python, Java, Ruby), each with a record, whose findings must keep showing in every output.
/// </summary>
public class SampleFleetTests
{
    private static readonly string Fleet = Path.Combine(RepositoryPaths.Root, "samples", "fleet");

    [Fact]
    public void Sample_fleet_shows_code_package_and_configuration_findings_of_every_ecosystem()
    {
        var (code, output, _) = Run("scan", Fleet, "--today", "2026-11-28", "--lang", "en");
        Assert.Equal(1, code);
        var lines = output.Replace("\r", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[]
            {
                "api-java/pom.xml(16,19): error CN1005:",
                "api-java/src/main/java/fr/gouv/social/archives/Depot.java(3,8): error CN1005:",
                "api-java/src/main/resources/application.yml(8,33): warning CN1001:",
                "front-usager-ts/.env.example(2,19): warning CN1002:",
                "front-usager-ts/package.json(9,6): warning CN1004:",
                "front-usager-ts/src/adresse.ts(2,23): warning CN1007:",
                "front-usager-ts/src/relance.js(1,29): warning CN1004:",
                "gestion-ruby/commons-decision.yml(16,15): error CN0201:",
                "gestion-ruby/Gemfile(4,6): warning CN1007:",
                "gestion-ruby/Gemfile(5,6): warning CN1004:",
                "gestion-ruby/app/services/geocodage.rb(2,10): warning CN1004:",
                "gestion-ruby/app/services/geocodage.rb(6,19): warning CN1007:",
                "messagerie-maison/src/Messagerie/Envoi.cs(10,26): error CN1004:",
                "messagerie-maison/src/Messagerie/Envoi.cs(16,32): error CN1004:",
                "messagerie-maison/src/Messagerie/appsettings.json(3,27): warning CN1007:",
                "outil-python/config.toml(4,16): warning CN1008:",
                "site-drupal/composer.json(7,10): error CN1004:",
                "site-drupal/composer.json(8,10): error CN1004:",
                "site-drupal/web/modules/custom/rdv_adresse/rdv_adresse.module(19,19): warning CN1007:",
                "site-drupal/web/modules/custom/rdv_adresse/rdv_adresse.module(26,3): error CN1004:",
            },
            lines.Take(20).Select(l => l.Substring(0, l.IndexOf(':', l.IndexOf(" CN", StringComparison.Ordinal)) + 1)));
        Assert.EndsWith("(name match)", lines[13]);
        Assert.Equal("6 repository(ies) scanned: 8 error(s), 12 warning(s).", lines[20]);
    }

    [Fact]
    public void Each_sample_repository_reports_the_languages_it_was_read_in()
    {
        var (_, output, _) = Run("scan", Fleet, "--today", "2026-11-28", "--lang", "en", "--format", "json");
        var languages = FleetReport.FromJson(output).Repositories.ToDictionary(r => r.Name, r => string.Join(" ", r.Languages.Select(l => l.Name)));

        Assert.Equal("Java Maven XML YAML", languages["api-java"]);
        Assert.Equal("JavaScript TypeScript dotenv npm", languages["front-usager-ts"]);
        Assert.Equal("Ruby RubyGems", languages["gestion-ruby"]);
        Assert.Equal("C# JSON", languages["messagerie-maison"]);
        Assert.Equal("PyPI Python TOML", languages["outil-python"]);
        Assert.Equal("Composer PHP YAML", languages["site-drupal"]);
    }

    [Fact]
    public void The_html_report_shows_every_ecosystems_findings_and_ranks_bricks_by_repositories()
    {
        var html = Path.Combine(Path.GetTempPath(), "commons-sample-fleet-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            Run("scan", Fleet, "--today", "2026-11-28", "--lang", "en", "--report", html);
            var page = File.ReadAllText(html);

            foreach (var file in new[] { "api-java/pom.xml(16,19)", "front-usager-ts/src/adresse.ts(2,23)", "gestion-ruby/Gemfile(4,6)", "outil-python/config.toml(4,16)", "site-drupal/web/modules/custom/rdv_adresse/rdv_adresse.module(26,3)" })
            {
                Assert.Contains("<code>" + file.Replace("/", "/<wbr>") + "</code>", page); // paths wrap after their separators
            }

            Assert.Contains("<th>Languages (files read)</th><td>Composer (1), PHP (1), YAML (1)</td>", page);
            // notifications is rebuilt in 4 repositories, the BAN address API in 4 (fewer findings), then the others.
            var brickTable = page.Substring(page.IndexOf("In order of the number of repositories", StringComparison.Ordinal));
            Assert.True(brickTable.IndexOf("CN1004", StringComparison.Ordinal) < brickTable.IndexOf("CN1007", StringComparison.Ordinal));
            Assert.True(brickTable.IndexOf("CN1007", StringComparison.Ordinal) < brickTable.IndexOf("CN1005", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(html);
        }
    }
}
