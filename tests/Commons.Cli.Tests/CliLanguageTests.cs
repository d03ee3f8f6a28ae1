using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>One language per run: --lang decides every word, help and parse errors included, whatever the machine's locale.</summary>
public sealed class CliLanguageTests
{
    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "--help" },
        new[] { "check", "--help" },
        new[] { "init", "--help" },
        new[] { "scan", "--help" },
        new[] { "report", "merge", "--help" },
        new[] { "report", "trend", "--help" },
        new[] { "exception", "add", "--help" },
        new[] { "schema", "--help" },
        new[] { "policy", "diff", "--help" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void French_help_is_French(string[] command)
    {
        var (_, output, _) = Run(command);
        Assert.Contains("Affiche l'aide et l'utilisation.", output);
        Assert.DoesNotContain("Show help", output);
        Assert.DoesNotContain("Usage:", output);
        Assert.DoesNotContain("[default:", output);
        Assert.DoesNotContain("(REQUIRED)", output);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void English_help_is_English(string[] command)
    {
        var (_, output, _) = Run(command.Concat(new[] { "--lang", "en" }).ToArray());
        Assert.Contains("Show help and usage information.", output);
        Assert.DoesNotContain("Utilisation", output);
        Assert.DoesNotContain("Vérifie", output);
        Assert.DoesNotContain("Affiche", output);
    }

    [Fact]
    public void The_help_follows_lang_whatever_the_UI_culture_of_the_machine()
    {
        var machine = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Contains("Utilisation", Run("--help").Output);
            Assert.Contains("Usage:", Run("--help", "--lang=en").Output);
            Assert.Equal("de-DE", System.Globalization.CultureInfo.CurrentUICulture.Name); // the run gives the culture back
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = machine;
        }
    }

    /// <summary>The README is in English while every message defaults to French: its first lines after the two commands say so.</summary>
    [Fact]
    public void The_readme_says_right_after_its_two_commands_that_messages_are_french_and_how_to_switch()
    {
        var readme = File.ReadAllText(RepositoryPaths.Of("README.md")).Replace("\r\n", "\n");
        var afterCommands = readme[(readme.IndexOf("```\n\n", StringComparison.Ordinal) + 5)..];
        var firstParagraph = afterCommands[..afterCommands.IndexOf("\n\n", StringComparison.Ordinal)].Replace("\n", " ");
        Assert.StartsWith("Every message (the build's, the analyzers', the `commons` tool's) is **in French by default**", firstParagraph);
        Assert.Contains("`CommonsLanguage=en`", firstParagraph);
        Assert.Contains("`--lang en` for the `commons` tool", firstParagraph);
        Assert.Equal("fr", CliText.DefaultCulture.TwoLetterISOLanguageName);
    }
}
