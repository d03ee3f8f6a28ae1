namespace Commons.Cli.Tests.Ecosystems;

/// <summary>A data file reports each brick once, at its first line, with the count; code keeps one finding per call site.</summary>
public class DataFileCountTests
{
    [Fact]
    public void A_vendored_openapi_spec_is_one_finding_with_its_count()
    {
        using var repository = new ScratchRepository()
            .Write("specs/api-entreprise.json", """
                {
                  "servers": [{ "url": "https://entreprise.api.gouv.fr" }, { "url": "https://staging.entreprise.api.gouv.fr" }],
                  "paths": { "/v3/insee/sirene/unites_legales": { "externalDocs": { "url": "https://entreprise.api.gouv.fr/catalogue" } } }
                }
                """)
            .Write("src/appels.js", """
                fetch("https://entreprise.api.gouv.fr/v3/a");
                fetch("https://entreprise.api.gouv.fr/v3/b");
                """);

        var findings = repository.Scan().Findings.Where(f => f.Id.StartsWith("CN1", StringComparison.Ordinal))
            .Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id + " " + (f.Count?.ToString() ?? "-")).ToList();
        Assert.Equal(
            new[]
            {
                "specs/api-entreprise.json(2,33) CN1008 3",
                "src/appels.js(1,16) CN1008 -",
                "src/appels.js(2,16) CN1008 -",
            },
            findings);
        Assert.Contains("(3 times in this file)", repository.Scan().Findings.First(f => f.File.EndsWith(".json", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
    }
}
