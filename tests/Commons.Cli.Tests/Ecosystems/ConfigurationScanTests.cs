namespace Commons.Cli.Tests.Ecosystems;

/// <summary>Configuration in YAML, XML, JSON with comments, .env and TOML: values count, comments never do.</summary>
public class ConfigurationScanTests
{
    [Fact]
    public void Values_of_every_configuration_format_count_comments_do_not()
    {
        using var repository = new ScratchRepository()
            .Write("config/app.yml", """
                # https://api.sendgrid.com in a comment
                mail:
                  endpoint: "https://api.sendgrid.com/v3"
                  notes: |
                    see https://api.mailjet.com/v3
                """)
            .Write("config/beans.xml", """
                <?xml version="1.0"?>
                <!-- https://api.sendgrid.com in a comment -->
                <beans><bean url="https://api.brevo.com/v3"/><value>https://api.mailjet.com</value></beans>
                """)
            .Write("config/settings.json", """
                {
                  // https://api.sendgrid.com in a comment
                  "geo": "https://api.opencagedata.com/geocode/v1",
                }
                """)
            .Write(".env", """
                # SENDGRID=https://api.sendgrid.com
                export MAILJET_URL="https://api.mailjet.com/v3"
                BREVO=https://api.brevo.com # inline comment https://api.sendinblue.com
                """)
            .Write("app.toml", """
                # https://api.sendgrid.com
                [geo]
                url = 'https://api-adresse.data.gouv.fr/search'
                """);

        // A data file reports a brick once, at its first value, with how many values name it: the comments are not counted.
        Assert.Equal(
            new[]
            {
                ".env(2,29) CN1004 warning 2",
                "app.toml(3,16) CN1007 warning -",
                "config/app.yml(3,22) CN1004 warning 2",
                "config/beans.xml(3,27) CN1004 warning 2",
                "config/settings.json(3,19) CN1007 warning -",
            },
            repository.Scan().Findings.Where(f => f.Id.StartsWith("CN1", StringComparison.Ordinal))
                .Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id + " " + f.Severity + " " + (f.Count?.ToString() ?? "-")));
    }

    [Fact]
    public void The_policy_files_name_hosts_on_purpose_and_are_not_configuration()
    {
        using var repository = new ScratchRepository()
            .Write("commons-catalog.yml", "version: 1\nbricks:\n  - id: notifications\n    signatures:\n      hosts: [mail.acme.example]\n");

        Assert.Empty(repository.Findings());
    }

    [Fact]
    public void A_brick_catalog_under_any_name_lists_hosts_to_look_for_and_is_not_configuration()
    {
        using var repository = new ScratchRepository()
            .Write("rules/catalog.yml", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", "catalog.yml")))
            .Write("rules/allowed-hosts.yml", "bricks:\n  - api-adresse.data.gouv.fr\n");

        var report = repository.Scan();

        Assert.Equal(new[] { "rules/allowed-hosts.yml" }, report.Findings.Where(f => f.Id.StartsWith("CN1", StringComparison.Ordinal)).Select(f => f.File));
        Assert.StartsWith("a brick catalog", report.Skipped.Single(s => s.Path == "rules/catalog.yml").Reason);
    }
}
