namespace Commons.Cli.Tests.Ecosystems;

/// <summary>JavaScript, TypeScript and Vue: package.json's dependencies, hosts in literals (not in comments), imports.</summary>
public class JavaScriptScanTests
{
    [Fact]
    public void Package_json_reports_dependency_sections_only_and_lock_files_are_not_read()
    {
        using var repository = new ScratchRepository()
            .Write("package.json", """
                {
                  "name": "front",
                  "scripts": { "mail": "node nodemailer-demo.js" },
                  "dependencies": { "vue": "^3.4.0" },
                  "devDependencies": {
                    "@sendgrid/mail": "^8.0.0"
                  }
                }
                """)
            .Write("package-lock.json", """{ "packages": { "node_modules/nodemailer": { "version": "6.9.14" } }, "dependencies": { "nodemailer": {} } }""");

        Assert.Equal(new[] { "package.json(6,6) CN1004 warning" }, repository.Findings());
    }

    [Fact]
    public void Hosts_in_literals_count_hosts_in_comments_do_not_and_a_regex_literal_does_not_derail_the_tokenizer()
    {
        using var repository = new ScratchRepository()
            .Write("src/app.ts", """
                // https://api-adresse.data.gouv.fr/search in a comment
                /* https://api.sendgrid.com/v3 in a block comment */
                const quote = /"/g;
                const url = "https://api-adresse.data.gouv.fr/search";
                const ratio = a / b; const other = 'https://api.mapbox.com/geocoding/v5';
                const t = `${base}/x https://nominatim.openstreetmap.org/search`;
                import nodemailer from "nodemailer";
                export const transport = nodemailer.createTransport({});
                """);

        Assert.Equal(
            new[]
            {
                "src/app.ts(4,22) CN1007 warning",
                "src/app.ts(5,45) CN1007 warning",
                "src/app.ts(6,30) CN1007 warning",
                "src/app.ts(7,25) CN1004 warning",
            },
            repository.Findings());
    }

    [Fact]
    public void Require_and_dynamic_import_are_imports_a_string_that_looks_like_one_is_not()
    {
        using var repository = new ScratchRepository()
            .Write("lib/envoi.js", """
                const mailer = require('nodemailer/lib/smtp-transport');
                const texte = "require('nodemailer')";
                async function charger() { return import("nodemailer"); }
                export const envoyer = message => transport.sendMail(message);
                """);

        Assert.Equal(new[] { "lib/envoi.js(1,25) CN1004 warning", "lib/envoi.js(3,43) CN1004 warning" }, repository.Findings());
    }

    [Fact]
    public void A_template_with_nested_templates_in_its_placeholders_ends_where_it_ends()
    {
        using var repository = new ScratchRepository()
            .Write("src/label.ts", """
                const a = `${b ? "`" : `${c}`} https://api.sendgrid.com/v3`; // https://api.mailjet.com in a comment
                const url = 'https://api-adresse.data.gouv.fr/search';
                """);

        Assert.Equal(new[] { "src/label.ts(1,40) CN1004 warning", "src/label.ts(2,22) CN1007 warning" }, repository.Findings());
    }

    [Fact]
    public void A_vue_component_is_read_in_its_script_only()
    {
        using var repository = new ScratchRepository()
            .Write("src/Carte.vue", """
                <template>
                  <!-- https://api-adresse.data.gouv.fr/ in an HTML comment -->
                  <p>Don't call https://api-adresse.data.gouv.fr/ from the text</p>
                </template>
                <script setup>
                const api = 'https://api-adresse.data.gouv.fr/reverse/';
                </script>
                """);

        Assert.Equal(new[] { "src/Carte.vue(6,22) CN1007 warning" }, repository.Findings());
    }

    [Fact]
    public void The_record_decides_an_exception_in_force_silences_commun_makes_an_error()
    {
        const string PackageJson = """{ "dependencies": { "nodemailer": "^6.9.14" } }""";
        using var common = new ScratchRepository(ScratchRepository.NoBricks + "\nbriques:\n  notifications: commun\n").Write("package.json", PackageJson);
        using var exception = new ScratchRepository(ScratchRepository.NoBricks + """

            briques:
              notifications:
                choix: exception
                justification: Le service commun n'accepte pas encore nos modèles de courriels.
                echeance: 2099-01-31
            """).Write("package.json", PackageJson);

        Assert.Equal(new[] { "package.json(1,22) CN1004 error" }, common.Findings());
        Assert.Empty(exception.Findings());
    }
}
