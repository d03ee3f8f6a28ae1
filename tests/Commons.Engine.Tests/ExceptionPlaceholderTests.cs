using System.Text.RegularExpressions;
using Commons.Engine.Record;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>
/// The code fix writes a brick's exception with a placeholder justification (RecordEditor.PlaceholderJustification).
/// The next build must fail on it with CN0014, and the message must give the command that writes the real reason.
/// </summary>
public class ExceptionPlaceholderTests
{
    private const string Command = "commons exception add notifications --justification \"…\" --echeance ";

    [Theory]
    [InlineData("en", "'briques.notifications.justification' holds no real justification ('" + RecordEditor.PlaceholderJustification + "'): the exception is accepted only with the reason, in a sentence of at least 3 words, why the common does not fit yet. Write it with: " + Command)]
    [InlineData("fr", "« briques.notifications.justification » ne contient pas de vraie justification (« " + RecordEditor.PlaceholderJustification + " ») : l'exception n'est acceptée qu'avec la raison, en une phrase d'au moins 3 mots, pourquoi le commun ne convient pas encore. Écrivez-la avec : " + Command)]
    public void The_code_fix_placeholder_fails_with_CN0014_naming_the_command_that_fills_it_in(string language, string message)
    {
        var record = RecordEditor.AddException(Demarche + "\n", "notifications", Today);
        var finding = Single(Validate(record, language), "CN0014");
        Assert.Equal(message + Today.AddDays(RecordEditor.ExpiryDays).ToString("yyyy-MM-dd"), finding.Message);
    }

    [Theory]
    [InlineData("en", "YYYY-MM-DD")]
    [InlineData("fr", "AAAA-MM-JJ")]
    public void Without_a_readable_echeance_the_command_shows_the_date_format(string language, string format)
    {
        var record = Demarche + "\nbriques:\n  notifications:\n    choix: exception\n    justification: TODO\n    echeance: bientôt\n";
        Assert.EndsWith(Command + format, Single(Validate(record, language), "CN0014").Message);
    }

    [Fact]
    public void A_placeholder_outside_a_brick_exception_keeps_the_general_advice()
    {
        var record = Demarche.Replace("solution: demarches-simplifiees", "solution: demarches-simplifiees\n  justification: TODO");
        Assert.DoesNotContain("commons exception add", Single(Validate(record), "CN0014").Message);
    }

    [Fact]
    public void The_rule_page_shows_the_findings_its_example_produces()
    {
        var page = File.ReadAllText(RepositoryPaths.Of("docs", "rules", "CN0014.md")).Replace("\r\n", "\n");
        var section = page.Substring(page.IndexOf("### L'exception écrite par le correctif de code", StringComparison.Ordinal));
        var example = Regex.Match(section, "```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("justification: \"" + RecordEditor.PlaceholderJustification + "\"", example);
        foreach (var language in new[] { "en", "fr" })
        {
            var finding = Single(Validate(Demarche + "\n" + example, language), "CN0014");
            Assert.Contains("\n" + finding.ToCanonicalString() + "\n", section);
        }
    }
}
