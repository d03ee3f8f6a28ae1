using System.Globalization;
using System.Xml.Linq;
using Commons.Cli.Reports;
using Commons.Cli.Reports.Charts;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>The charts at the top of the fleet report: their structure, their numbers against their tables, the escaping of data.</summary>
public sealed class FleetChartsTests : IDisposable
{
    private const string Hostile = "<script>alert(\"x\")</script>";
    private const string Quoted = "Tom & Jerry's \"repo\"";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly string _folder = Directory.CreateTempSubdirectory("commons-charts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A scan report as a CI job would upload it, with repository names and an expiry chosen to break markup.</summary>
    private string HostileScan()
    {
        static FindingEntry Finding(string id, string severity) => new() { Id = id, Severity = severity, File = "src/A.cs", Line = 1, Column = 1, Message = "m <b>" };
        var report = new FleetReport
        {
            Version = "0.1.0",
            Date = "2026-11-28",
            Repositories =
            {
                new RepositoryReport { Name = Hostile, Path = "a", Record = "valid", Findings = { Finding("CN1004", "error") }, Bricks = { new BrickEntry { Id = "notifications", Choice = "exception", Expiry = "2026-10-15" } } },
                new RepositoryReport
                {
                    Name = Quoted, Path = "b", Record = "valid", Findings = { Finding("CN1004", "warning"), Finding("CN1007", "warning") },
                    Bricks = { new BrickEntry { Id = "api-ban", Choice = "exception", Expiry = "2027-01-10" }, new BrickEntry { Id = "ged", Choice = "exception", Expiry = "<b>soon</b>" } },
                },
                new RepositoryReport { Name = "clean", Path = "c", Record = "valid" },
                new RepositoryReport { Name = "none", Path = "d", Record = "missing", Findings = { Finding("CN0001", "error") } },
            },
        };
        var file = Path.Combine(_folder, "scan.json");
        File.WriteAllText(file, report.ToJson());
        return file;
    }

    private string MergedPage(string language)
    {
        var html = Path.Combine(_folder, "fleet-" + language + ".html");
        var (code, _, error) = Run("report", "merge", HostileScan(), "--report", html, "--lang", language);
        Assert.True(code == 1, error);
        return File.ReadAllText(html);
    }

    [Fact]
    public void Each_chart_draws_the_numbers_of_its_table()
    {
        var page = MergedPage("en");
        Assert.Equal(new[] { "chart-compliance", "chart-bricks", "chart-exceptions" }, ChartPage.Figures(page).Select(f => (string)f.Attribute("id")!));

        var compliance = ChartPage.AssertConsistent(ChartPage.Figure(page, "chart-compliance"));
        Assert.Equal(new[] { ("no record", 1), ("with errors", 1), ("warnings only", 1), ("no finding", 1) }, compliance.Select(r => (r.Label, Assert.Single(r.Cells))));

        var bricks = ChartPage.AssertConsistent(ChartPage.Figure(page, "chart-bricks"));
        Assert.Equal(new[] { ("notifications (CN1004)", 2), ("api-ban (CN1007)", 1) }, bricks.Select(r => (r.Label, Assert.Single(r.Cells))));

        // Past due, open, total: October is past (before 2026-11-28), January is open, the expiry that is not a date is past due.
        var exceptions = ChartPage.AssertConsistent(ChartPage.Figure(page, "chart-exceptions"));
        Assert.Equal(new[] { "2026-10:1,0,1", "2027-01:0,1,1", "no date:1,0,1" }, exceptions.Select(r => r.Label + ":" + string.Join(",", r.Cells)));
    }

    [Fact]
    public void Repository_names_and_expiries_from_a_scan_are_escaped_in_the_charts()
    {
        var page = MergedPage("en");
        var charts = page.Substring(page.IndexOf("<section id=\"charts\">", StringComparison.Ordinal));
        charts = charts.Substring(0, charts.IndexOf("</section>", StringComparison.Ordinal));
        Assert.DoesNotContain("<script", charts, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", charts, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", charts);
        Assert.Contains("Tom &amp; Jerry&#39;s &quot;repo&quot;", charts);

        // Read back as XML, the tooltips give the names exactly: escaped once, not twice.
        var tips = ChartPage.Figures(page).SelectMany(f => f.Descendants(Svg + "rect")).Select(r => r.Element(Svg + "title")?.Value).Where(t => t != null).ToList();
        Assert.Contains("with errors: 1 — " + Hostile, tips);
        Assert.Contains("notifications (CN1004): 2 — " + Hostile + ", " + Quoted, tips);
    }

    [Fact]
    public void The_charts_come_first_and_the_page_keeps_its_policy()
    {
        var page = MergedPage("fr");
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">", page);
        Assert.True(page.IndexOf("<section id=\"charts\"><h2>Vue d'ensemble</h2>", StringComparison.Ordinal) < page.IndexOf("<section id=\"summary\">", StringComparison.Ordinal));
        Assert.Equal(new[] { "Dépôts par état de conformité", "Briques par nombre de dépôts qui les réimplémentent", "Exceptions par mois d'échéance" }, ChartPage.Figures(page).Select(f => f.Element("figcaption")!.Value));
        var exceptions = ChartPage.AssertConsistent(ChartPage.Figure(page, "chart-exceptions"));
        Assert.Equal("sans date", exceptions[^1].Label);
        var desc = ChartPage.Figure(page, "chart-compliance").Descendants(Svg + "desc").Single().Value;
        Assert.Equal("Les 4 dépôts analysés, selon leur constat le plus grave. sans fichier : 1; avec erreurs : 1; avertissements seulement : 1; aucun constat : 1.", desc);
    }

    [Fact]
    public void The_sample_fleet_draws_every_repository_once()
    {
        var html = Path.Combine(_folder, "sample.html");
        Run("scan", Path.Combine(RepositoryPaths.Root, "samples", "fleet"), "--today", "2027-09-28", "--lang", "en", "--report", html);
        var page = File.ReadAllText(html);
        var states = ChartPage.AssertConsistent(ChartPage.Figure(page, "chart-compliance"));
        Assert.Equal(new[] { 0, 4, 2, 0 }, states.Select(s => s.Cells[0]));
        var bricks = ChartPage.AssertConsistent(ChartPage.Figure(page, "chart-bricks"));
        Assert.Equal(new[] { 4, 4, 1, 1, 1, 1 }, bricks.Select(b => b.Cells[0]));
        ChartPage.AssertConsistent(ChartPage.Figure(page, "chart-exceptions"));
    }

    [Fact]
    public void Any_label_is_escaped_and_a_long_one_is_shortened_on_a_character()
    {
        var label = new string('x', 32) + "😀" + "<end>"; // the emoji's two UTF-16 units straddle the cut
        var chart = new BarChart(
            "chart-test", "A & \"B\" <title>", "Desc <i>.", "L'<th>",
            new[] { new ChartSeries("s1 <b>", ChartPalette.Nth(0)), new ChartSeries("s2 'q'", ChartPalette.Nth(1)) },
            new[] { new ChartRow(label, new[] { 3, 1 }, null, "</title><script>"), new ChartRow("&amp;", new[] { 0, 2 }) },
            "none");
        var html = new StringWriter();
        SvgBarChart.Write(chart, CultureInfo.GetCultureInfo("en"), html);

        Assert.DoesNotContain("<script", html.ToString());
        Assert.DoesNotContain("<b>", html.ToString());
        var figure = XElement.Parse(html.ToString());
        var table = ChartPage.AssertConsistent(figure);
        Assert.Equal(new[] { label, "&amp;" }, table.Select(r => r.Label));
        Assert.Equal("A & \"B\" <title>", figure.Element(Svg + "svg")!.Element(Svg + "title")!.Value);
        Assert.Equal(new[] { "s1 <b>", "s2 'q'" }, figure.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend").Elements(Svg + "text").Select(t => t.Value));
        var drawn = figure.Descendants(Svg + "text").First(t => (string?)t.Attribute("class") == "label").Value;
        Assert.Equal(new string('x', 32) + "…", drawn);
        Assert.EndsWith(": s1 <b> 3 — </title><script>", figure.Descendants(Svg + "rect").First(r => (string?)r.Attribute("class") == "bar").Element(Svg + "title")!.Value);
    }
}
