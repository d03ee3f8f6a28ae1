namespace Commons.Cli.Tests.Ecosystems;

/// <summary>PHP and Drupal: composer.json, <c>use</c> imports, calls of <c>mail()</c>, heredocs, HTML outside PHP, Drupal's own folders.</summary>
public class PhpScanTests
{
    [Fact]
    public void Composer_require_dev_counts_and_the_call_of_mail_is_told_from_methods_and_declarations()
    {
        using var repository = new ScratchRepository()
            .Write("composer.json", """
                {
                  "require": { "php": ">=8.1" },
                  "require-dev": {
                    "phpoffice/phpspreadsheet": "^2.0"
                  }
                }
                """)
            .Write("src/Mailer.php", """
                <p>Voir https://api-adresse.data.gouv.fr/ : don't read HTML as code</p>
                <?php
                namespace App;
                use PHPMailer\PHPMailer\PHPMailer;
                # https://api.sendgrid.com in a hash comment
                #[Attribute('https://api-adresse.data.gouv.fr/attr')]
                function mail_wrapper() { return $this->mail('a'); }
                $mailer->mail($to, $s, $m); Mailer::mail($to); $m = new Mail($config);
                if (MAIL($to, 'sujet', $corps)) {}
                $texte = <<<EOT
                Adresse : https://api-adresse.data.gouv.fr/search
                EOT;
                function mail($to) { }
                """);

        Assert.Equal(
            new[]
            {
                "composer.json(4,6) CN1003 warning",
                "src/Mailer.php(4,5) CN1004 warning",
                "src/Mailer.php(6,22) CN1007 warning",
                "src/Mailer.php(9,5) CN1004 warning",
                "src/Mailer.php(11,19) CN1007 warning",
            },
            repository.Findings());
    }

    [Fact]
    public void Drupal_core_and_contributed_modules_are_dependencies_not_read()
    {
        using var repository = new ScratchRepository()
            .Write("web/core/lib/Drupal.php", "<?php final class Drupal {}\n")
            .Write("web/core/lib/Drupal/Core/Mail/Plugin/Mail/PhpMail.php", "<?php mail($to, $subject, $body);\n")
            .Write("web/modules/contrib/smtp/smtp.module", "<?php use PHPMailer\\PHPMailer\\PHPMailer;\n")
            .Write("web/modules/custom/site/site.module", "<?php mail($to, 'objet', $corps);\n");

        var report = repository.Scan();

        Assert.Equal(new[] { "web/modules/custom/site/site.module" }, report.Findings.Where(f => f.Id == "CN1004").Select(f => f.File));
        Assert.Contains(report.Skipped, s => s.Path == "web/core/");
        Assert.Contains(report.Skipped, s => s.Path == "web/modules/contrib/");
        Assert.Contains(report.Languages, l => l.Name == "PHP" && l.Files == 1);
    }
}
