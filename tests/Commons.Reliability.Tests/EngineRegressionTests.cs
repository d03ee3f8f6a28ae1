using Commons.Engine.Findings;

namespace Commons.Reliability.Tests;

/// <summary>Inputs the property tests found that broke the engine, kept as plain examples (see docs/reliability.md).</summary>
public sealed class EngineRegressionTests
{
    [Theory]
    [InlineData("besoins: [gestion-de-par\nc, inventaire]\nc, inventaire]\n")]
    [InlineData("version: 1\nprojet:\n  nom: [a\nb, c]\nb, c]\n")]
    public void A_plain_scalar_continued_inside_a_flow_sequence_is_a_syntax_error_not_a_crash(string yaml)
    {
        // YamlDotNet 16.3 throws InvalidOperationException from Scanner.ScanPlainScalar here.
        var result = Corpus.Validator().ValidateText(yaml, "commons-decision.yml");

        var finding = Assert.Single(result.Findings);
        Assert.Equal("CN0002", finding.Id);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("YAML parser stopped", finding.Message, StringComparison.Ordinal);
        Assert.Null(RecordInvariants.Violations(Corpus.Validator(), System.Text.Encoding.UTF8.GetBytes(yaml)));
    }
}
