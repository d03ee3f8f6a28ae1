using System.Diagnostics;
using System.Text;
using Commons.Engine.Findings;
using Xunit.Abstractions;

namespace Commons.Reliability.Tests;

/// <summary>
/// Inputs of about one megabyte (just under the 1 MiB limit, so they are parsed), in the shapes that cost a parser
/// the most, are validated in under a second each; larger ones are refused at once with CN0005.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class SizeLimitTests
{
    private const int Size = 1_000_000;

    private readonly ITestOutputHelper _output;

    public SizeLimitTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Shapes => new(HostileInputs.Keys);

    private static readonly Dictionary<string, Func<string>> HostileInputs = new()
    {
        ["long-justification"] = () => Corpus.ValidRecords[0] + "\nbriques:\n  ged:\n    choix: exception\n    echeance: 2099-01-01\n    justification: " + Fill("mot ", Size - 200),
        ["long-line-no-break"] = () => new string('a', Size),
        ["many-unknown-keys"] = () => "version: 1\n" + Lines(i => "cle-" + i + ": valeur\n"),
        ["many-duplicate-keys"] = () => "version: 1\n" + Lines(_ => "version: 1\n"),
        ["many-brick-exceptions"] = () => "version: 1\nbriques:\n" + Lines(i => "  brique-" + i + ":\n    choix: exception\n    echeance: 2020-01-01\n"),
        ["long-block-list"] = () => "version: 1\nprojet:\n  besoins:\n" + Lines(_ => "  - nir\n"),
        ["long-flow-list"] = () => "version: 1\nfront-usager:\n  besoins: [" + Fill("nir, ", Size - 40) + "nir]\n",
        ["deep-flow-nesting"] = () => "version: 1\nprojet: " + new string('[', Size / 2 - 20) + new string(']', Size / 2 - 20) + "\n",
        ["deep-block-nesting"] = () => "version: 1\n" + Lines(i => new string(' ', 2 * (i % 400)) + "n" + i + ":\n"),
        ["unclosed-flow-mapping"] = () => "version: 1\nbriques: {" + Fill("a: b, ", Size - 30),
        ["control-characters"] = () => "version: 1\nprojet: " + new string('\u0001', Size - 30) + "\n",
        ["tab-indentation"] = () => "version: 1\n" + Lines(_ => "\tx: 1\n"),
        ["comments"] = () => "version: 1\n" + Lines(_ => "# commentaire de remplissage\n"),
        ["anchors-and-aliases"] = () => "version: 1\na: &a [x]\n" + Lines(i => "b" + i + ": *a\n"),
        ["quoted-escapes"] = () => "version: 1\nprojet:\n  nom: \"" + Fill("\\u00e9\\t", Size - 40) + "\"\n",
        ["crlf-only-breaks"] = () => "version: 1\r\n" + Lines(i => "k" + i + ": v\r\n"),
        ["cr-only-breaks"] = () => "version: 1\r" + Lines(i => "k" + i + ": v\r"),
        ["multibyte"] = () => "version: 1\nprojet:\n  nom: " + Fill("é😀€", Size * 4 / 9 - 40) + "\n",
    };

    /// <summary>
    /// A hang guard, not a speed test: these inputs take tens of milliseconds (docs/reliability.md), but the CPU of a
    /// loaded CI machine is not ours to bound, and a quadratic reader would take minutes. Speed is the benchmarks' job.
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60 * ReliabilitySettings.TimeFactor);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_one_megabyte_input_is_validated_and_every_finding_is_inside_the_file(string shape)
    {
        var bytes = Encoding.UTF8.GetBytes(HostileInputs[shape]());
        Assert.InRange(bytes.Length, Size * 9 / 10, 1024 * 1024);
        var validator = Corpus.Validator();
        IReadOnlyList<Finding> findings = Array.Empty<Finding>();
        var elapsed = ThreadCpuClock.Measure(() => findings = validator.ValidateBytes(bytes, "commons-decision.yml").Findings);

        var lines = RecordInvariants.SplitLines(Encoding.UTF8.GetString(bytes));
        var byId = string.Join(", ", findings.GroupBy(f => f.Id).Select(g => g.Key + "×" + g.Count()));
        _output.WriteLine($"{shape}: {bytes.Length} bytes, {lines.Count} lines, {elapsed.TotalMilliseconds:F0} ms of CPU, findings {byId}");
        Assert.True(elapsed < HangGuard, $"{shape}: {elapsed.TotalMilliseconds:F0} ms for {bytes.Length} bytes ({byId})");
        Assert.Contains(findings, f => f.Severity == FindingSeverity.Error);
        Assert.All(findings, f => Assert.True(f.Line <= lines.Count && f.Column <= lines[f.Line - 1].Length + 1, "outside the file: " + f));
    }

    [Theory]
    [InlineData(1024 * 1024 + 1)]
    [InlineData(50 * 1024 * 1024)]
    public void A_larger_input_is_refused_with_CN0005_alone(int length)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, (byte)'a');
        Commons.Engine.Record.ValidationResult result = null!;
        var elapsed = ThreadCpuClock.Measure(() => result = Corpus.Validator().ValidateBytes(bytes, "commons-decision.yml"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("CN0005", 1, 1), (finding.Id, finding.Line, finding.Column));
        Assert.Contains("1048576", finding.Message.Replace("\u202F", string.Empty).Replace("\u00A0", string.Empty).Replace(",", string.Empty).Replace(" ", string.Empty), StringComparison.Ordinal);
        Assert.True(elapsed < HangGuard, elapsed.ToString());
    }

    private static string Fill(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string Lines(Func<int, string> line)
    {
        var builder = new StringBuilder(Size + 100);
        for (var i = 0; builder.Length < Size - 100; i++)
        {
            builder.Append(line(i));
        }

        return builder.ToString();
    }
}

/// <summary>Timed tests run alone, after the others: the analyzers' corpus on the other core would skew them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
