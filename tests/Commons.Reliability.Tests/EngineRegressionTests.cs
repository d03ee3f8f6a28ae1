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

    [Theory]
    [InlineData("version: 1\nbriques: {\n  notifications: non-concerne", 3, 30)]
    [InlineData("version: 1\nbriques: [a,\n  b", 3, 4)]
    [InlineData("version: 1\r\nbriques: {\r\n  notifications: commun", 3, 24)]
    public void A_syntax_error_at_the_end_of_a_file_without_a_final_line_break_points_at_its_last_line(string yaml, int line, int column)
    {
        // YamlDotNet reports these one line past the end of the file.
        var finding = Assert.Single(Corpus.Validator().ValidateText(yaml, "commons-decision.yml").Findings);

        Assert.Equal(("CN0002", line, column), (finding.Id, finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("version: 1\rprojet:\r  nom: a\u0001b\r", "CN0002", 3, 9)]
    [InlineData("version: 1\u2028projet: \u0007\n", "CN0002", 2, 9)]
    [InlineData("# a\u0085version: 1\u2029projet: \uFFFE\n", "CN0002", 3, 9)]
    [InlineData("version: 1\rprojet:\r\tnom: a\r", "CN0006", 3, 1)]
    [InlineData("version: 1\r\nprojet:\r\n\tnom: a\r\n", "CN0006", 3, 1)]
    public void Control_characters_and_tabs_are_located_on_the_line_the_parser_and_editors_count(string yaml, string id, int line, int column)
    {
        // The scans for control characters and tabs counted LF only: a file with CR, NEL, LS or PS line breaks got
        // a line number the parser (and any editor) disagreed with, sometimes past the end of the line.
        var finding = Assert.Single(Corpus.Validator().ValidateText(yaml, "commons-decision.yml").Findings);

        Assert.Equal((id, line, column), (finding.Id, finding.Line, finding.Column));
    }

    [Theory]
    [InlineData('[')]
    [InlineData('{')]
    public void Deep_flow_nesting_is_refused_before_parsing_in_linear_time(char open)
    {
        // YamlDotNet's scanner is quadratic in flow nesting: 100,000 "[" took 45 s, 500,000 did not finish.
        var close = open == '[' ? ']' : '}';
        var yaml = "version: 1\nprojet: " + new string(open, 100_000) + new string(close, 100_000) + "\n";
        IReadOnlyList<Commons.Engine.Findings.Finding> findings = null!;
        var elapsed = ThreadCpuClock.Measure(() => findings = Corpus.Validator().ValidateText(yaml, "commons-decision.yml").Findings);

        var finding = Assert.Single(findings);

        Assert.Equal(("CN0005", 2, 25), (finding.Id, finding.Line, finding.Column));
        Assert.True(elapsed < TimeSpan.FromSeconds(2), elapsed.ToString());
    }

    [Theory]
    [InlineData("  nom: \"[[[[[[[[[[[[[[[[[[[[ \\\" [[[[[[[[[[[[[[[[[[[[\"\n")]
    [InlineData("  nom: '[[[[[[[[[[[[[[[[[[[[ '' [[[[[[[[[[[[[[[[[[[['\n")]
    [InlineData("  # [[[[[[[[[[[[[[[[[[[[\n  nom: Demande d'aide # {{{{{{{{{{{{{{{{{{{{{{\n")]
    [InlineData("  nom: x\n  description: [[[[[[[[[[[[a]]]]]]]]]]]]\n")]
    public void Brackets_in_quoted_scalars_and_comments_or_within_the_depth_limit_are_not_nesting(string line)
    {
        var yaml = "version: 1\nprojet:\n" + line;

        Assert.DoesNotContain(Corpus.Validator().ValidateText(yaml, "commons-decision.yml").Findings, f => f.Id == "CN0005");
    }

    [Fact]
    public void A_binary_file_reports_its_first_hundred_control_characters_not_one_per_byte()
    {
        var bytes = new byte[1_000_000];
        Array.Fill(bytes, (byte)1);

        var findings = Corpus.Validator().ValidateBytes(bytes, "commons-decision.yml").Findings;

        Assert.Equal(100, findings.Count);
        Assert.All(findings, f => Assert.Equal("CN0002", f.Id));
        Assert.Equal((1, 100), (findings[^1].Line, findings[^1].Column));
    }
}
