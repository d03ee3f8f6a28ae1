using System.Globalization;
using System.Xml.Linq;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>The fleet report's words: counts in the right singular or plural, in both languages; paths wrapped at separators.</summary>
public sealed class ReportWordsTests : IDisposable
{
    private readonly string _fleet = Directory.CreateTempSubdirectory("commons-words-").FullName;

    public ReportWordsTests()
    {
        var repository = Path.Combine(_fleet, "portail");
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        File.WriteAllText(Path.Combine(repository, "commons-decision.yml"), FixtureFleet.ValidRecord[..FixtureFleet.ValidRecord.IndexOf("  ged:", StringComparison.Ordinal)]);
        var code = Directory.CreateDirectory(Path.Combine(repository, "src", "Notifications")).FullName;
        File.WriteAllText(Path.Combine(code, "Mailer.cs"), "namespace App { public sealed class Mailer { public object Client() => new System.Net.Mail.SmtpClient(\"smtp.example.org\"); } }\n");
        File.WriteAllText(Path.Combine(code, "Greeter.cs"), "namespace App { public static class Greeter { public static string Hello() => \"Bonjour\"; } }\n");
    }

    public void Dispose() => Directory.Delete(_fleet, recursive: true);

    [Theory]
    [InlineData("fr", "<b>1</b>dépôt</div>", "<b class=\"ok\">1</b>fichier valide</div>", "<b>0</b>fichier en erreur</div>", "<b class=\"error\">1</b>erreur</div>", "<b>0</b>avertissement</div>",
        "; 1 d'entre eux contient un nom ou un hôte du catalogue et a été analysé")]
    [InlineData("en", "<b>1</b>repository</div>", "<b class=\"ok\">1</b>valid record</div>", "<b>0</b>records with errors</div>", "<b class=\"error\">1</b>error</div>", "<b>0</b>warnings</div>",
        "; 1 of them holds a catalog name or host and was analysed")]
    public void One_repository_and_one_file_read_in_the_singular(string language, string repositories, string valid, string invalid, string errors, string warnings, string prefiltered)
    {
        var page = Path.Combine(_fleet, "fleet.html");
        var (code, _, error) = Run("scan", _fleet, "--today", FixtureFleet.Today, "--lang", language, "--report", page);
        Assert.True(code == 1, error); // the code contradicts "notifications: commun"
        var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(page)); // the words, without their entities
        foreach (var card in new[] { repositories, valid, invalid, errors, warnings })
        {
            Assert.Contains(card, html);
        }

        Assert.Contains(prefiltered, html);
    }

    [Fact]
    public void Paths_wrap_after_their_separators_never_mid_word()
    {
        var page = Path.Combine(_fleet, "fleet.html");
        Run("scan", _fleet, "--today", FixtureFleet.Today, "--report", page);
        var html = File.ReadAllText(page);
        Assert.Contains("<code>portail/<wbr>src/<wbr>Notifications/<wbr>Mailer.cs(1,72)</code>", html);
        Assert.DoesNotContain("break-all", html);
        Assert.Contains("code{font-size:.88rem;overflow-wrap:break-word}", html);
    }

    [Theory]
    [InlineData("fr", 0, true)]
    [InlineData("fr", 1, true)]
    [InlineData("fr", 2, false)]
    [InlineData("en", 0, false)]
    [InlineData("en", 1, true)]
    [InlineData("en", 2, false)]
    public void Each_language_has_its_singular(string language, int count, bool singular)
    {
        Assert.Equal(singular, CliText.IsSingular(CultureInfo.GetCultureInfo(language), count));
    }

    [Theory]
    [InlineData("CliMessages.resx")]
    [InlineData("CliMessages.fr.resx")]
    public void Every_plural_has_its_singular_and_the_other_way_round(string file)
    {
        var names = XDocument.Load(RepositoryPaths.Of("src", "Commons.Cli", "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var ones = names.Where(n => n.EndsWith("_One", StringComparison.Ordinal)).Select(n => n[..^"_One".Length]).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var others = names.Where(n => n.EndsWith("_Other", StringComparison.Ordinal)).Select(n => n[..^"_Other".Length]).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(7, ones.Count);
        Assert.Equal(ones, others);
    }
}
