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

    [Fact]
    public void A_help_uri_from_a_merged_report_cannot_leave_its_attribute()
    {
        // report merge reads JSON a CI job wrote: a helpUri closing its quote would add an attribute to the page's link.
        var report = new Reports.FleetReport { Version = "1.0", Date = "2026-11-28" };
        report.Repositories.Add(new Reports.RepositoryReport
        {
            Name = "site",
            Findings =
            {
                new Reports.FindingEntry { Id = "CN1004", File = "app.js", Line = 1, Column = 20, Message = "m", HelpUri = "https://example.org/\" onmouseover=\"alert('x')" },
            },
        });
        var file = Path.Combine(_folder, "site.json");
        File.WriteAllText(file, report.ToJson());
        var html = Path.Combine(_folder, "fleet.html");

        var (code, _, error) = Run("report", "merge", file, "--report", html, "--lang", "en");

        Assert.Equal(0, code);
        Assert.Empty(error);
        var page = File.ReadAllText(html);
        Assert.Contains("<td><a href=\"https://example.org/&quot; onmouseover=&quot;alert(&#39;x&#39;)\">CN1004</a></td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("onmouseover=\"", page, StringComparison.Ordinal);
    }
}
