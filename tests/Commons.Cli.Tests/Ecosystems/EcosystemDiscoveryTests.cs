using Commons.Cli.Reports;

namespace Commons.Cli.Tests.Ecosystems;

/// <summary>A project of any ecosystem, never initialised (no .git, no record), still shows up in the fleet, by its manifest.</summary>
public class EcosystemDiscoveryTests
{
    [Fact]
    public void Projects_are_found_by_the_manifest_of_their_ecosystem()
    {
        var root = Directory.CreateTempSubdirectory("commons-discovery-").FullName;
        try
        {
            foreach (var (folder, manifest) in new[] { ("drupal", "composer.json"), ("outil", "pyproject.toml"), ("api", "pom.xml"), ("gestion", "Gemfile"), ("service", "go.mod") })
            {
                Directory.CreateDirectory(Path.Combine(root, "groupe", folder, "sous-module"));
                File.WriteAllText(Path.Combine(root, "groupe", folder, manifest), string.Empty);
                File.WriteAllText(Path.Combine(root, "groupe", folder, "sous-module", manifest), string.Empty); // inside a project: not another one
            }

            var (_, output, _) = CliRunner.Run("scan", root, "--format", "json", "--lang", "en", "--today", "2026-11-28");
            var report = FleetReport.FromJson(output);

            Assert.Equal(new[] { "groupe/api", "groupe/drupal", "groupe/gestion", "groupe/outil", "groupe/service" }, report.Repositories.Select(r => r.Path));
            Assert.All(report.Repositories, r => Assert.Equal(RepositoryReport.RecordMissing, r.Record));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
