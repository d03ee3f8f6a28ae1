using Commons.Engine.Catalog;

namespace Commons.Cli.Tests.Ecosystems;

/// <summary>The catalog's ecosystem keys (npm, pypi, composer, maven, rubygems) and imports: data, compared as each registry compares names.</summary>
public class CatalogEcosystemTests
{
    [Fact]
    public void The_embedded_catalog_names_packages_in_every_ecosystem_and_its_imports_parse()
    {
        var catalog = BrickCatalog.Embedded;
        var signatures = catalog.Bricks.Select(b => b.Signatures).Concat(catalog.Groups.Select(g => g.Signatures)).ToList();
        foreach (var ecosystem in PackageEcosystems.Others)
        {
            Assert.True(signatures.Sum(s => s.PackagesOf(ecosystem).Count) >= 5, ecosystem);
        }

        Assert.Contains("nodemailer", catalog.Find("notifications")!.Signatures.PackagesOf(PackageEcosystems.Npm));
        Assert.Contains("software.amazon.awssdk:s3", catalog.Find("ged")!.Signatures.PackagesOf(PackageEcosystems.Maven));
        Assert.Equal(catalog.Find("notifications")!.Signatures.Packages, catalog.Find("notifications")!.Signatures.PackagesOf(PackageEcosystems.NuGet));
        Assert.All(signatures.SelectMany(s => s.Imports), i => Assert.True(ImportSignature.TryParse(i, out _), i));
    }

    [Theory]
    [InlineData("pypi", "flask-mail", "Flask_Mail", true)]
    [InlineData("pypi", "python-docx", "python.docx", true)]
    [InlineData("pypi", "python-docx", "python-docx2", false)]
    [InlineData("npm", "@aws-sdk/client-s3", "@AWS-SDK/client-s3", true)]
    [InlineData("npm", "@temporalio/*", "@temporalio/worker", true)]
    [InlineData("npm", "minio", "minio-js", false)]
    [InlineData("maven", "com.sun.mail:*", "com.sun.mail:jakarta.mail", true)]
    [InlineData("maven", "software.amazon.awssdk:s3", "software.amazon.awssdk:s3control", false)]
    [InlineData("composer", "phpmailer/phpmailer", "PHPMailer/PHPMailer", true)]
    public void Package_names_compare_as_their_registry_compares_them(string ecosystem, string pattern, string name, bool expected) =>
        Assert.Equal(expected, PackageEcosystems.Matches(ecosystem, pattern, name));

    [Theory]
    [InlineData("java:javax.mail", "javax.mail.Transport", true)]
    [InlineData("java:javax.mail", "javax.mailer.Transport", false)]
    [InlineData("php:PHPMailer\\PHPMailer", "\\phpmailer\\PHPMailer\\SMTP", true)]
    [InlineData("ruby:net/smtp", "net/smtp", true)]
    [InlineData("ruby:net/smtp", "net/smtps", false)]
    [InlineData("python:smtplib", "smtplib2", false)]
    [InlineData("ruby:Aws::S3", "Aws::S3::Client", true)]
    [InlineData("ruby:Aws::S3", "Aws::S3Control", false)]
    public void An_import_covers_its_module_and_what_is_inside_it(string signature, string imported, bool expected)
    {
        Assert.True(ImportSignature.TryParse(signature, out var parsed));
        Assert.Equal(expected, parsed!.Covers(imported));
    }

    [Theory]
    [InlineData("cobol:MAILER")]
    [InlineData("smtplib")]
    [InlineData("python:")]
    [InlineData("php:mail( )")]
    [InlineData("python:boto3 + ")]
    [InlineData("python:boto3 + s3|")]
    [InlineData("python:boto3 + 's3")]
    [InlineData("python:boto3 + s 3")]
    [InlineData("ruby:ApplicationMailer + mail((")]
    [InlineData("ruby:ApplicationMailer + 'mail('")]
    public void A_malformed_import_is_refused(string signature) => Assert.False(ImportSignature.TryParse(signature, out _));

    [Fact]
    public void A_multi_purpose_import_keeps_its_arguments_quoted_or_bare()
    {
        Assert.True(ImportSignature.TryParse("python:boto3 + 's3'|'sesv2'", out var boto3));
        Assert.Equal("boto3", boto3!.Module);
        Assert.Equal(new[] { "'s3'", "'sesv2'" }, boto3.Arguments);
        Assert.True(ImportSignature.TryParse("javascript:openid-client + proconnect", out var oidc));
        Assert.Equal("openid-client", oidc!.Module);
        Assert.Equal(new[] { "proconnect" }, oidc.Arguments);
        Assert.True(ImportSignature.TryParse("ruby:ApplicationMailer + mail(", out var mailer));
        Assert.Equal(new[] { "mail(" }, mailer!.Arguments);
    }

    [Theory]
    [InlineData("smtp host + smtp port", "DJANGO_EMAIL_SMTP_HOST", "x", true)]
    [InlineData("mail host + mail port", "spring.mail.host", "localhost", true)]
    [InlineData("agentconnect client id", "AGENT_CONNECT_CLIENT_ID", "", true)]
    [InlineData("smtp host + smtp port", "HOST_SMTP", "x", false)]
    [InlineData("email backend=anymail*", "EMAIL_BACKEND", "anymail.backends.sendinblue.EmailBackend", true)]
    [InlineData("email backend=anymail*", "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend", false)]
    [InlineData("service=S3", "amazon.service", "s3", true)]
    [InlineData("service=S3", "amazon.service", "S3Compatible", false)]
    public void A_setting_key_holds_its_words_in_order_and_its_value(string setting, string key, string value, bool expected)
    {
        Assert.True(SettingSignature.TryParse(setting, out var parsed));
        Assert.Equal(expected, parsed!.Keys[0].MatchesKey(SettingKey.Join(key)) && parsed.Keys[0].MatchesValue(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("smtp host + ")]
    [InlineData("email backend=")]
    public void A_malformed_setting_is_refused(string setting) => Assert.False(SettingSignature.TryParse(setting, out _));

    [Fact]
    public void An_organisations_catalog_adds_ecosystem_packages_and_a_malformed_entry_is_a_located_problem()
    {
        var result = BrickCatalog.Embedded.WithOrganisationFile(
            "version: 1\nbricks:\n  - id: notifications\n    signatures:\n      npm: [acme-mailer]\n      imports: [\"cobol:MAILER\"]\n",
            "commons-catalog.yml");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((6, 17), (problem.Position.Line, problem.Position.Column));
        Assert.Contains("language:module", string.Join(" ", problem.Arguments));

        var fixedResult = BrickCatalog.Embedded.WithOrganisationFile(
            "version: 1\nbricks:\n  - id: notifications\n    signatures:\n      npm: [acme-mailer]\n", "commons-catalog.yml");
        Assert.Empty(fixedResult.Problems);
        var npm = fixedResult.Catalog.Find("notifications")!.Signatures.PackagesOf(PackageEcosystems.Npm);
        Assert.Contains("acme-mailer", npm);
        Assert.Contains("nodemailer", npm);
    }

    [Fact]
    public void The_scan_reads_the_organisations_ecosystem_packages()
    {
        using var repository = new ScratchRepository()
            .Write("commons-catalog.yml", "version: 1\nbricks:\n  - id: notifications\n    signatures:\n      npm: [acme-mailer]\n")
            .Write("package.json", "{\n  \"dependencies\": {\n    \"acme-mailer\": \"1.0.0\"\n  }\n}\n");

        Assert.Equal(new[] { "package.json(3,6) CN1004 warning" }, repository.Findings());
    }
}
