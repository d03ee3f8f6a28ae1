using System.Diagnostics;
using System.Text;
using Commons.Engine.Findings;
using CsCheck;
using Xunit.Abstractions;

namespace Commons.Reliability.Tests;

/// <summary>
/// Property-based tests of the record engine: valid records, mutated (keys deleted, duplicated, reordered; values of
/// another type; control characters; truncation; flipped bytes; deep nesting; large sizes), never make it throw, and
/// every finding is a known rule at a position inside the file. Fixed seed in CI; see <see cref="ReliabilitySettings"/>.
/// </summary>
public sealed class RecordPropertyTests
{
    public const int CiCases = 3000;

    private readonly ITestOutputHelper _output;

    public RecordPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Mutated_records_never_crash_the_engine_and_every_finding_is_located_inside_the_file()
    {
        var corpus = Corpus.ValidRecords;
        var validator = Corpus.Validator();
        var gen = Mutations.Case(corpus.Count, maxMutations: 4);

        string? Check(MutationCase c)
        {
            var bytes = Mutations.Apply(corpus[c.BaseIndex], c.Mutations);
            string? problem = null;
            var elapsed = ThreadCpuClock.Measure(() => problem = RecordInvariants.Violations(validator, bytes));
            if (problem == null && elapsed > TimeSpan.FromSeconds(2))
            {
                problem = "two validations of " + bytes.Length + " bytes took " + elapsed + " of CPU";
            }

            return problem == null ? null : problem + "\ninput: " + Printable(bytes);
        }

        Run(gen, Check, "mutations");
    }

    [Fact]
    public void Duplicating_any_key_line_of_a_valid_record_is_reported_as_a_duplicate_key_on_the_copy()
    {
        var corpus = Corpus.ValidRecords;
        var validator = Corpus.Validator();
        var gen = Gen.Select(Gen.Int[0, corpus.Count - 1], Gen.Int[0, 1000], (i, l) => (i, l));

        string? Check((int Base, int Line) c)
        {
            var lines = corpus[c.Base].Split('\n').ToList();
            // Key lines only: "key: value" or "key:" of a block mapping (not comments, list items or flow content).
            var keyLines = Enumerable.Range(0, lines.Count)
                .Where(i => System.Text.RegularExpressions.Regex.IsMatch(lines[i], @"^\s*[a-z][a-z0-9-]*:( [^\s#].*)?$") && !lines[i].TrimEnd().EndsWith(':'))
                .ToList();
            var line = keyLines[c.Line % keyLines.Count];
            lines.Insert(line + 1, lines[line]);
            var result = validator.ValidateText(string.Join("\n", lines), "commons-decision.yml");
            var duplicate = result.Findings.FirstOrDefault(f => f.Id == "CN0007" && f.Line == line + 2);
            return duplicate != null ? null : "no CN0007 at line " + (line + 2) + ":\n" + string.Join("\n", result.Findings);
        }

        Run(gen, Check, "duplicates", ciCases: 300);
    }

    /// <summary>
    /// CI: <paramref name="ciCases"/> cases drawn from one PCG stream with <see cref="ReliabilitySettings.CiSeed"/>,
    /// fully reproducible. Long run: CsCheck's Sample on every core with fresh seeds for the given time, shrinking
    /// a failure to a small case and printing the seed that replays it.
    /// </summary>
    private void Run<T>(Gen<T> gen, Func<T, string?> check, string name, int ciCases = CiCases)
    {
        var watch = Stopwatch.StartNew();
        if (ReliabilitySettings.LongRunSeconds is int seconds)
        {
            long count = 0;
            gen.Sample(
                value =>
                {
                    Interlocked.Increment(ref count);
                    var problem = check(value);
                    if (problem != null)
                    {
                        throw new Xunit.Sdk.XunitException(problem);
                    }
                },
                writeLine: _output.WriteLine,
                time: seconds,
                iter: long.MaxValue);
            Report(name, count, "random seeds, " + seconds + " s", watch.Elapsed);
            return;
        }

        var pcg = new PCG(1, ReliabilitySettings.CiSeed);
        for (var i = 0; i < ciCases; i++)
        {
            var value = gen.Generate(pcg, null!, out _);
            var problem = check(value);
            if (problem != null)
            {
                Assert.Fail("case " + i + " of seed " + ReliabilitySettings.CiSeed + " (" + value + "):\n" + problem);
            }
        }

        Report(name, ciCases, "seed " + ReliabilitySettings.CiSeed, watch.Elapsed);
    }

    private void Report(string name, long count, string how, TimeSpan elapsed)
    {
        var line = $"reliability: {name}: {count} cases ({how}) in {elapsed.TotalSeconds:F1} s";
        _output.WriteLine(line);
        var log = Environment.GetEnvironmentVariable("COMMONS_RELIABILITY_LOG");
        if (!string.IsNullOrEmpty(log))
        {
            File.AppendAllText(log, line + Environment.NewLine);
        }
    }

    internal static string Printable(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (text.Length > 600)
        {
            text = text.Substring(0, 600) + "…(" + bytes.Length + " bytes)";
        }

        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                _ when c < ' ' || c == '\u007F' || (c >= '\u0080' && c < '\u00A0') || char.IsSurrogate(c) || c >= '\u2028' && c <= '\u202E' || c >= '\uFFF0' => "\\u" + ((int)c).ToString("X4"),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
