using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary><c>scan --jobs N</c>: how many repositories are scanned at once; the findings never depend on it.</summary>
public class ScanJobsTests
{
    private static readonly string Fleet = Path.Combine(RepositoryPaths.Root, "samples", "fleet");

    [Fact]
    public void One_job_or_many_give_the_same_report()
    {
        var (oneCode, one, _) = Run("scan", Fleet, "--jobs", "1", "--today", "2026-11-28", "--lang", "en");
        var (manyCode, many, _) = Run("scan", Fleet, "-j", "6", "--today", "2026-11-28", "--lang", "en");

        Assert.Equal(1, oneCode);
        Assert.Equal(oneCode, manyCode);
        Assert.Equal(one, many);
        Assert.Contains("6 repository(ies) scanned", one);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void A_job_count_below_one_is_a_usage_error(string jobs)
    {
        var (code, _, error) = Run("scan", Fleet, "--jobs", jobs, "--lang", "en");

        Assert.Equal(2, code);
        Assert.Contains("--jobs expects a number of repositories scanned at once, 1 or more, not " + jobs + ".", error);
    }
}
