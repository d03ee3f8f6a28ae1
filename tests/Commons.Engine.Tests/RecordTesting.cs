using System.Globalization;
using Commons.Engine.Findings;
using Commons.Engine.Record;

namespace Commons.Engine.Tests;

/// <summary>Validates records written inline, with a fixed clock, and compares findings exactly.</summary>
internal static class RecordTesting
{
    public static readonly DateTime Today = new(2026, 11, 28);

    public static ValidationResult Validate(string yaml, string language = "en") =>
        Validator(language).ValidateText(yaml, "commons-decision.yml");

    public static RecordValidator Validator(string language = "en") =>
        new(new ValidationOptions { Culture = CultureInfo.GetCultureInfo(language), Today = () => Today });

    /// <summary>The validator as <c>commons check</c> runs it: also the editor's schema line (CN0016).</summary>
    public static RecordValidator CheckValidator(string language = "en") =>
        new(new ValidationOptions { Culture = CultureInfo.GetCultureInfo(language), Today = () => Today, CheckSchemaLine = true });

    /// <summary>Asserts the findings are exactly these (id, line, column), in file order.</summary>
    public static void AssertFindings(ValidationResult result, params (string Id, int Line, int Column)[] expected)
    {
        var actual = result.Findings.Select(f => (f.Id, f.Line, f.Column)).ToArray();
        Assert.True(
            expected.SequenceEqual(actual),
            "Expected: " + string.Join(", ", expected) + "\nActual:\n" + string.Join("\n", result.Findings.Select(f => f.ToCanonicalString())));
    }

    /// <summary>
    /// Validates a record whose expected findings are marked inside its text, as the analyzer tests do in C#:
    /// <c>{|CN0101:nir|}</c> expects CN0101 where <c>nir</c> starts. The markers are taken out before validating;
    /// the findings must be exactly the marked ones, in file order.
    /// </summary>
    public static ValidationResult AssertMarkedFindings(string markedYaml, string language = "en")
    {
        var (yaml, expected) = FindingMarkup.Parse(markedYaml);
        var result = Validate(yaml, language);
        AssertFindings(result, expected);
        return result;
    }

    public static Finding Single(ValidationResult result, string id)
    {
        var matches = result.Findings.Where(f => f.Id == id).ToList();
        Assert.True(matches.Count == 1, $"Expected one {id}, got:\n" + string.Join("\n", result.Findings.Select(f => f.ToCanonicalString())));
        return matches[0];
    }

    /// <summary>A compliant online procedure; tests append or replace lines to break one rule at a time.</summary>
    public const string Demarche = """
        version: 1
        projet:
          nom: Portail des aides
          nature: demarche-en-ligne
          responsable: DNUM/SDPSN
          date: 2026-10-14
        front-usager:
          solution: demarches-simplifiees
          besoins: [franceconnect]
        """;

    public static string RecordOf(string nature, string sections, string extraProject = "") => $"""
        version: 1
        projet:
          nom: Projet d'essai
          nature: {nature}
          responsable: DNUM
          date: 2026-10-14
        {extraProject}{sections}
        """;
}
