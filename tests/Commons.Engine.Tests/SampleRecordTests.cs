using System.Text.RegularExpressions;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>
/// Each sample record states what the engine must find in a comment line <c># attendu : CN0102(12,13) …</c>
/// (or <c>rien</c>); the samples document the tree and this test keeps them honest.
/// </summary>
public class SampleRecordTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(RepositoryPaths.Of("samples", "records")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_gives_exactly_the_findings_it_announces(string sample)
    {
        var path = RepositoryPaths.Of("samples", "records", sample, "commons-decision.yml");
        var expectedLine = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("# attendu :", StringComparison.Ordinal));
        Assert.True(expectedLine != null, sample + " has no '# attendu :' line");
        var expected = expectedLine!.Contains("rien")
            ? Array.Empty<(string, int, int)>()
            : Regex.Matches(expectedLine, @"(CN\d{4})\((\d+),(\d+)\)").Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value))).ToArray();

        AssertFindings(Validator().ValidateFile(path), expected);
    }

    [Fact]
    public void Samples_cover_every_nature_compliant_and_not()
    {
        var results = Directory.GetDirectories(RepositoryPaths.Of("samples", "records"))
            .Select(folder => Validator().ValidateFile(Path.Combine(folder, "commons-decision.yml")))
            .ToList();
        foreach (var nature in new[] { "site-editorial", "demarche-en-ligne", "referentiel", "autre" })
        {
            Assert.Contains(results, r => r.Record?.Nature == nature && !r.HasErrors);
            Assert.Contains(results, r => r.Record?.Nature == nature && r.HasErrors);
        }
    }
}
