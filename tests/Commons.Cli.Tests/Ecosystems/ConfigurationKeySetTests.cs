namespace Commons.Cli.Tests.Ecosystems;

/// <summary>
/// A set of configuration keys that configures a brick's service (an SMTP host and port, a ProConnect client id, an
/// S3 bucket and endpoint, a storage client wired by class) is indirect evidence, reported with the tier
/// <c>indirect</c>; a lone key, a commented block, a test fixture and an inbound-mail webhook are not.
/// </summary>
public class ConfigurationKeySetTests
{
    [Fact]
    public void Key_sets_in_env_yaml_and_symfony_wiring_are_indirect_findings()
    {
        using var repository = new ScratchRepository()
            .Write(".env.example", """
                APP_NAME=outil
                SMTP_HOST=
                SMTP_PORT=587
                PROCONNECT_CLIENT_ID=change-me
                """)
            .Write("src/main/resources/application-dev.yml", """
                defaults: &defaults
                  timeout: 5
                spring:
                  datasource: *defaults
                  mail:
                    host: localhost
                    port: 25
                """)
            .Write("config/packages/flysystem.yaml", """
                flysystem:
                  storages:
                    file.storage:
                      aws:
                        client: Aws\S3\S3Client
                        bucket: '%env(S3_BUCKET)%'
                """);

        var findings = repository.Scan().Findings.Where(f => f.Id.StartsWith("CN1", StringComparison.Ordinal))
            .Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id + " " + f.Tier).ToList();
        Assert.Equal(
            new[]
            {
                ".env.example(2,11) CN1004 indirect",
                ".env.example(4,22) CN1001 indirect",
                "config/packages/flysystem.yaml(5,17) CN1005 indirect",
                "src/main/resources/application-dev.yml(6,11) CN1004 indirect",
            },
            findings);
    }

    [Fact]
    public void A_lone_key_a_commented_block_a_fixture_and_an_inbound_webhook_stay_quiet()
    {
        using var repository = new ScratchRepository()
            .Write(".env", """
                SMTP_HOST=smtp.example.org
                # SMTP_PORT=587
                # FC_CLIENT_ID=x
                # FRANCECONNECT_CLIENT_ID=x
                """)
            .Write("tests/fixtures/.env.test", """
                SMTP_HOST=localhost
                SMTP_PORT=1025
                """)
            .Write("config/inbound.yml", """
                inbound_webhook:
                  smtp_host: mx.example.org
                  smtp_port: 25
                """);

        Assert.Empty(repository.Findings());
    }

    [Fact]
    public void A_django_settings_module_and_a_symfony_workflow_are_configuration_too()
    {
        using var repository = new ScratchRepository()
            .Write("config/settings.py", """
                import environ
                env = environ.Env()
                # EMAIL_BACKEND = "anymail.backends.sendinblue.EmailBackend"
                PROCONNECT_CLIENT_ID = env.str("PROCONNECT_CLIENT_ID")
                EMAIL_BACKEND = "anymail.backends.brevo.EmailBackend"
                """)
            .Write("app/views.py", """
                PROCONNECT_CLIENT_ID = "not settings: a module of views"
                """)
            .Write("config/packages/workflow.yaml", """
                framework:
                  workflows:
                    dossier:
                      type: state_machine
                """);

        Assert.Equal(
            new[]
            {
                "config/packages/workflow.yaml(4,13) CN1011 warning",
                "config/settings.py(4,1) CN1001 warning",
                "config/settings.py(5,1) CN1004 warning",
            },
            repository.Findings());
    }

    [Fact]
    public void Django_settings_written_as_class_attributes_count_a_methods_local_names_do_not()
    {
        using var repository = new ScratchRepository()
            .Write("backend/projet/settings.py", """
                from configurations import Configuration, values

                class Base(Configuration):
                    '''Settings shared by every environment.'''
                    DEBUG = False
                    EMAIL_HOST = values.Value(None)
                    EMAIL_PORT = values.PositiveIntegerValue(None)

                class Production(Base):
                    # STORAGE_BUCKET_NAME = values.Value("archives")
                    DEBUG = False
                """)
            .Write("backend/outils/settings_debug.py", """
                class Relais:
                    def pour_les_tests(self):
                        SMTP_HOST = "localhost"
                        SMTP_PORT = 1025
                        return SMTP_HOST, SMTP_PORT
                """);

        var findings = repository.Scan().Findings.Where(f => f.Id.StartsWith("CN1", StringComparison.Ordinal))
            .Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id + " " + f.Tier).ToList();
        Assert.Equal(new[] { "backend/projet/settings.py(6,5) CN1004 indirect" }, findings);
    }

    [Fact]
    public void The_html_report_says_which_findings_are_indirect()
    {
        using var repository = new ScratchRepository()
            .Write(".env", "MAILER_DSN=smtp://localhost:1025\n");
        var html = Path.Combine(repository.Root, "..", Path.GetFileName(repository.Root) + ".html");
        try
        {
            repository.Scan("--report", html);
            var text = File.ReadAllText(html);
            Assert.Contains("<span class=\"tier\">indirect: configuration</span>", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(html);
        }
    }
}
