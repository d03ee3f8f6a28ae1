using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary><c>commons report merge</c> on files that are not scan reports: a sentence and exit code 2, never a serializer's message.</summary>
public sealed class ReportMergeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("commons-merge-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("{\"tool\": 42, \"repositories\": []}")]
    [InlineData("{\"version\": \"1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"commons\"}}}]}")] // a SARIF file
    [InlineData("{\"tool\": \"commons\", \"format\": 1, \"repositories\": [{\"name\": 7, \"findings\": \"none\"}]}")]
    [InlineData("not json at all")]
    public void A_file_that_is_not_a_scan_report_is_refused_in_a_sentence(string content)
    {
        var file = Path.Combine(_folder, "other.json");
        File.WriteAllText(file, content);
        var (code, output, error) = Run("report", "merge", file, "--lang", "en");

        Assert.Equal(2, code);
        Assert.Equal("commons: '" + file + "' is not a report of 'commons scan --format json': merge only reads those.", error.Trim());
        Assert.Empty(output);
    }

    [Fact]
    public void A_scan_report_of_another_format_says_so()
    {
        var file = Path.Combine(_folder, "future.json");
        File.WriteAllText(file, "{\"tool\": \"commons\", \"format\": 2, \"repositories\": []}");
        var (code, _, error) = Run("report", "merge", file);

        Assert.Equal(2, code);
        Assert.Contains("est un rapport d'analyse d'un autre format que celui que lit ce commons (1)", error);
    }
}
