using System.Text.Json;
using System.Xml.Linq;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary><c>commons report trend</c>: scans of one fleet at three dates, and the scans it must refuse.</summary>
public sealed class ReportTrendCommandTests : IClassFixture<FixtureFleet>, IDisposable
{
    private static readonly string[] Dates = { "2027-01-15", "2026-11-28", "2026-06-01" }; // out of order on purpose
    private readonly FixtureFleet _fleet;
    private readonly string _folder = Directory.CreateTempSubdirectory("commons-trend-").FullName;

    public ReportTrendCommandTests(FixtureFleet fleet)
    {
        _fleet = fleet;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string ScanAt(string date, string? path = null, string? name = null)
    {
        var file = Path.Combine(_folder, (name ?? date) + ".json");
        Run("scan", path ?? _fleet.Root, "--today", date, "--format", "json", "--output", file, "--lang", "en");
        return file;
    }

    private string[] Scans() => Dates.Select(d => ScanAt(d)).ToArray();

    private static (int Code, string Output, string Error) Trend(IEnumerable<string> files, params string[] options) =>
        Run(new[] { "report", "trend" }.Concat(files).Concat(options).ToArray());

    [Fact]
    public void The_table_follows_the_fleet_date_by_date()
    {
        var (code, output, error) = Trend(Scans(), "--lang", "en");
        Assert.True(code == 0, error);

        // The record-only repository's exceptions expire on 2026-12-10: open in the first two scans, past due (and errors) in the last.
        Assert.Equal(
            new[]
            {
                "date        repositories with errors  exceptions open  exceptions past due  notifications  authentification-publique",
                "2026-06-01                         4                4                    0              5                          1",
                "2026-11-28                         4                4                    0              5                          1",
                "2027-01-15                         6                0                    4              5                          1",
                "3 scans of 6 repository(ies), from 2026-06-01 to 2027-01-15.",
            },
            output.Replace("\r", string.Empty).TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Json_holds_the_same_counts()
    {
        var (code, output, _) = Trend(Scans(), "--format", "json");
        Assert.Equal(0, code);
        var trend = JsonDocument.Parse(output).RootElement;
        Assert.Equal("commons", trend.GetProperty("tool").GetString());
        Assert.Contains("<script>alert(1)</script>", trend.GetProperty("repositories").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(new[] { "notifications", "authentification-publique" }, trend.GetProperty("bricks").EnumerateArray().Select(b => b.GetString()));
        var scans = trend.GetProperty("scans").EnumerateArray().ToList();
        Assert.Equal(new[] { "2026-06-01", "2026-11-28", "2027-01-15" }, scans.Select(s => s.GetProperty("date").GetString()));
        Assert.Equal(new[] { 4, 4, 6 }, scans.Select(s => s.GetProperty("repositoriesWithErrors").GetInt32()));
        Assert.Equal(new[] { 4, 4, 0 }, scans.Select(s => s.GetProperty("exceptionsOpen").GetInt32()));
        Assert.Equal(new[] { 0, 0, 4 }, scans.Select(s => s.GetProperty("exceptionsPastDue").GetInt32()));
        Assert.Equal(new[] { 5, 5, 5 }, scans.Select(s => s.GetProperty("findingsByBrick").GetProperty("notifications").GetInt32()));
    }

    [Fact]
    public void The_page_draws_each_count_beside_its_table()
    {
        var html = Path.Combine(_folder, "trend.html");
        var (code, _, error) = Trend(Scans(), "--report", html, "--lang", "en");
        Assert.True(code == 0, error);
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">", page);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);

        var errors = ChartPage.AssertConsistent(ChartPage.Figure(page, "trend-errors"));
        Assert.Equal(new[] { "2026-06-01:4", "2026-11-28:4", "2027-01-15:6" }, errors.Select(r => r.Label + ":" + string.Join(",", r.Cells)));
        var exceptions = ChartPage.AssertConsistent(ChartPage.Figure(page, "trend-exceptions"));
        Assert.Equal(new[] { "2026-06-01:0,4,4", "2026-11-28:0,4,4", "2027-01-15:4,0,4" }, exceptions.Select(r => r.Label + ":" + string.Join(",", r.Cells)));
        var bricks = ChartPage.AssertConsistent(ChartPage.Figure(page, "trend-bricks"));
        Assert.Equal(new[] { "2026-06-01:5,1,6", "2026-11-28:5,1,6", "2027-01-15:5,1,6" }, bricks.Select(r => r.Label + ":" + string.Join(",", r.Cells)));

        // The repositories behind a count are named in its tooltip, the hostile one escaped once.
        XNamespace svg = "http://www.w3.org/2000/svg";
        var tip = ChartPage.Figure(page, "trend-errors").Descendants(svg + "rect").Last().Element(svg + "title")!.Value;
        Assert.Contains("<script>alert(1)</script>", tip);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
    }

    [Fact]
    public void A_point_of_the_trend_is_what_that_scans_own_page_shows()
    {
        var scans = Scans();
        var trend = JsonDocument.Parse(Trend(scans, "--format", "json").Output).RootElement.GetProperty("scans").EnumerateArray().ToList();
        foreach (var (scan, date) in scans.Zip(Dates))
        {
            var html = Path.Combine(_folder, date + ".html");
            Run("report", "merge", scan, "--report", html, "--lang", "en");
            var page = File.ReadAllText(html);
            var point = trend.Single(p => p.GetProperty("date").GetString() == date);
            var exceptions = ChartPage.Table(ChartPage.Figure(page, "chart-exceptions"));
            Assert.Equal(point.GetProperty("exceptionsPastDue").GetInt32(), exceptions.Sum(r => r.Cells[0]));
            Assert.Equal(point.GetProperty("exceptionsOpen").GetInt32(), exceptions.Sum(r => r.Cells[1]));
            var states = ChartPage.Table(ChartPage.Figure(page, "chart-compliance"));
            Assert.Equal(6, states.Sum(r => r.Cells[0]));
            Assert.Equal(point.GetProperty("repositoriesWithErrors").GetInt32(), states[0].Cells[0] + states[1].Cells[0]); // no record (CN0001 is an error) and with errors
        }
    }

    [Fact]
    public void Scans_of_another_fleet_are_refused_in_one_sentence()
    {
        var one = ScanAt("2026-11-28");
        var other = ScanAt("2027-01-15", Path.Combine(_fleet.Root, "restored"), "restored"); // one repository of the six: five names differ
        AssertRefused(Trend(new[] { one, other }, "--lang", "en"), "commons: '" + other + "' and '" + one + "' are not scans of the same fleet (5 repository name(s) differ, '<script>alert(1)</script>' first): a trend compares scans of the same repositories.");
    }

    [Fact]
    public void Scans_of_another_version_are_refused_in_one_sentence()
    {
        var one = ScanAt("2026-11-28");
        var newer = ScanAt("2027-01-15");
        File.WriteAllText(newer, File.ReadAllText(newer).Replace("\"version\": \"0.1.0\"", "\"version\": \"9.9.9\""));
        AssertRefused(Trend(new[] { one, newer }, "--lang", "en"), "commons: '" + newer + "' was written by commons 9.9.9 and '" + one + "' by commons 0.1.0: a trend compares scans of one version, whose rules are the same, so scan again with one version.");
    }

    [Fact]
    public void Two_scans_of_one_date_one_scan_or_no_date_are_refused()
    {
        var one = ScanAt("2026-11-28");
        var again = ScanAt("2026-11-28", name: "again");
        AssertRefused(Trend(new[] { one, again }, "--lang", "en"), "commons: '" + one + "' and '" + again + "' are both scans of 2026-11-28: keep one scan per date.");
        AssertRefused(Trend(new[] { one }, "--lang", "en"), "commons: a trend needs scans of at least two dates, and '" + one + "' is the only one given.");

        File.WriteAllText(again, File.ReadAllText(again).Replace("\"date\": \"2026-11-28\"", "\"date\": \"<b>\""));
        AssertRefused(Trend(new[] { one, again }, "--lang", "fr"), "commons: « " + again + " » n'a pas de date d'analyse (aaaa-mm-jj) et ne peut donc pas prendre place dans une évolution : relancez l'analyse avec cette version.");
    }

    [Fact]
    public void A_file_that_is_not_a_scan_is_refused_in_one_sentence()
    {
        var file = Path.Combine(_folder, "other.json");
        File.WriteAllText(file, "{\"runs\": []}");
        AssertRefused(Trend(new[] { ScanAt("2026-11-28"), file }, "--lang", "en"), "commons: '" + file + "' is not a report of 'commons scan --format json': a trend only reads those.");
        Assert.Equal(2, Trend(new[] { ScanAt("2026-11-28"), ScanAt("2027-01-15") }, "--format", "sarif").Code);
    }

    [Theory]
    [InlineData("trend")]
    [InlineData("merge")]
    public void Nulls_in_a_hand_edited_scan_read_as_empty_lists_not_as_a_crash(string command)
    {
        var first = Path.Combine(_folder, "first.json");
        var second = Path.Combine(_folder, "second.json");
        File.WriteAllText(first, "{\"tool\": \"commons\", \"format\": 1, \"version\": \"0.1.0\", \"date\": \"2026-01-01\", \"repositories\": [null, {\"name\": \"a\", \"path\": null, \"findings\": [null, {\"id\": null, \"severity\": \"error\"}], \"bricks\": null, \"skipped\": null, \"solutions\": null, \"languages\": null}]}");
        File.WriteAllText(second, "{\"tool\": \"commons\", \"format\": 1, \"version\": \"0.1.0\", \"date\": \"2026-02-01\", \"repositories\": [{\"name\": \"a\", \"bricks\": [null]}]}");
        var html = Path.Combine(_folder, command + ".html");
        var (code, output, error) = Run("report", command, first, second, "--report", html, "--lang", "en");

        Assert.Empty(error);
        Assert.Equal(command == "merge" ? 1 : 0, code); // merge: the finding is an error; trend: exit 0 whatever the counts
        Assert.Contains(command == "merge" ? "2 repository(ies) scanned: 1 error(s), 0 warning(s)." : "2026-01-01                         1", output);
        Assert.All(ChartPage.Figures(File.ReadAllText(html)), f => ChartPage.AssertConsistent(f));
    }

    private static void AssertRefused((int Code, string Output, string Error) result, string sentence)
    {
        Assert.Equal(2, result.Code);
        Assert.Empty(result.Output);
        Assert.Equal(sentence, result.Error.TrimEnd());
    }
}
