using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests.Policy;

/// <summary><c>policy diff --report</c>: one self-contained page, under the fleet report's CSP, every text escaped.</summary>
public sealed class PolicyDiffReportTests : IDisposable
{
    private const string Hostile = "<img src=x onerror=alert(1)>";
    private readonly PolicyFleet _fleet = new();

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void The_page_is_self_contained_and_escapes_repository_names()
    {
        var repository = Path.Combine(_fleet.Fleet, Hostile);
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        File.WriteAllText(Path.Combine(repository, "requirements.txt"), "yagmail==0.15.293\n");
        var page = Path.Combine(_fleet.Root, "diff.html");

        var (code, _, _) = Run("policy", "diff", _fleet.Fleet, "--today", PolicyFleet.Today, "--lang", "en", "--catalog", _fleet.CatalogWithYagmail, "--report", page);

        Assert.Equal(0, code);
        var html = File.ReadAllText(page);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Hostile, html);
        Assert.Contains("<h2>&lt;img src=x onerror=alert(1)&gt;</h2>", html);
        Assert.Contains("<div class=\"card\"><b>3 / 9</b>repositories affected</div>", html);
        Assert.Equal(3, html.Split("<tr class=\"added\">").Length - 1);
        Assert.DoesNotContain("src=\"http", html);
    }
}
