namespace Commons.Cli.Tests.Ecosystems;

/// <summary>A folder named packages/ is read or skipped by what it holds: a workspace's code, or NuGet's restored packages.</summary>
public class MonorepoFolderTests
{
    [Fact]
    public void A_workspace_packages_folder_and_symfony_config_packages_are_read_without_a_root_package_json()
    {
        using var repository = new ScratchRepository()
            .Write("packages/backend/package.json", """{ "name": "@outil/backend" }""")
            .Write("packages/backend/src/envoi.ts", """
                import nodemailer from "nodemailer";
                export const transport = nodemailer.createTransport({});
                """)
            .Write("config/packages/mailer.yaml", """
                framework:
                  mailer:
                    dsn: '%env(MAILER_DSN)%'
                """);

        Assert.Equal(
            new[] { "config/packages/mailer.yaml(3,10) CN1004 warning", "packages/backend/src/envoi.ts(1,25) CN1004 warning" },
            repository.Findings());
        Assert.Empty(repository.Scan().Skipped);
    }

    [Fact]
    public void NuGet_restored_packages_stay_skipped_even_with_code_inside()
    {
        using var repository = new ScratchRepository()
            .Write("packages/Mailer.Tools.1.0.0/Mailer.Tools.1.0.0.nupkg", "not a real package")
            .Write("packages/Mailer.Tools.1.0.0/content/envoi.js", """const nodemailer = require("nodemailer");""");

        var report = repository.Scan();
        Assert.DoesNotContain(report.Findings, f => f.Id.StartsWith("CN1", StringComparison.Ordinal));
        Assert.Equal("packages/", Assert.Single(report.Skipped).Path);
    }
}
