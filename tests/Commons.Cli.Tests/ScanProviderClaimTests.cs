using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>The scan trusts a <c>fournisseur</c> claim only as the build does: when the repository supports it.</summary>
public sealed class ScanProviderClaimTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("commons-scan-provider-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void An_unverified_fournisseur_claim_does_not_silence_the_brick_in_any_language()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        File.WriteAllText(Path.Combine(_root, ".git", "config"), "[remote \"origin\"]\n\turl = https://gitlab.example.gouv.fr/equipe/site-aidants.git\n");
        File.WriteAllText(Path.Combine(_root, "commons-decision.yml"),
            "version: 1\nprojet:\n  nom: Site des aidants\n  nature: autre\n  responsable: DICOM\n  date: 2026-10-01\n  description: Un outil interne de relance des aidants\nbriques:\n  notifications: fournisseur\n");
        File.WriteAllText(Path.Combine(_root, "package.json"), "{\n  \"name\": \"relances\",\n  \"dependencies\": {\n    \"nodemailer\": \"^6.9.0\"\n  }\n}\n");
        Directory.CreateDirectory(Path.Combine(_root, "src"));
        File.WriteAllText(Path.Combine(_root, "src", "Mailer.cs"), "class Mailer { object Client() => new System.Net.Mail.SmtpClient(); }\n");

        var (_, output, _) = Run("scan", _root, "--today", "2026-11-28", "--lang", "en");

        Assert.Contains("commons-decision.yml(9,3): warning CN0203:", output);  // the record's own check says why
        Assert.Contains("package.json(4,6): warning CN1004:", output);           // npm: the package is still reported
        Assert.Contains("Mailer.cs(1,35): warning CN1004:", output);             // C#: the analyzers agree
    }
}
