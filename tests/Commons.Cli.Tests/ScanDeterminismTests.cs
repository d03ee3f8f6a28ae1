using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>
/// The JSON report is the same bytes whatever <c>--jobs</c> and whichever run: scanners and repositories run in
/// parallel, so a reason kept by whichever scanner wrote last, or a note written by two of them, would show here.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the hostile corpus holds FIFOs and sockets
public sealed class ScanDeterminismTests : IClassFixture<HostileCorpus>
{
    private const int Runs = 10;

    private readonly HostileCorpus _corpus;

    public ScanDeterminismTests(HostileCorpus corpus)
    {
        _corpus = corpus;
    }

    [Fact]
    public void The_hostile_corpus_gives_the_same_json_with_one_job_or_four_ten_runs_each()
    {
        var reports = ReportsOf(_corpus.Fleet);

        Assert.Contains("\"reason\": \"a named pipe (FIFO), not a regular file: not read\"", reports[0]);
        Assert.All(reports, r => Assert.Equal(reports[0], r));
    }

    [Fact]
    public void The_sample_fleet_gives_the_same_json_with_one_job_or_four_ten_runs_each()
    {
        var reports = ReportsOf(Path.Combine(RepositoryPaths.Root, "samples", "fleet"));

        Assert.Contains("\"repositories\": 6", reports[0]);
        Assert.All(reports, r => Assert.Equal(reports[0], r));
    }

    /// <summary>Ten runs with one job and ten with four, in turn; each under a hang guard, not a time limit.</summary>
    private static List<string> ReportsOf(string fleet)
    {
        var reports = new List<string>();
        for (var run = 0; run < Runs; run++)
        {
            foreach (var jobs in new[] { "1", "4" })
            {
                var scan = Task.Run(() => Run("scan", fleet, "--audit", "--jobs", jobs, "--format", "json", "--today", HostileCorpus.Today, "--lang", "en"));
                Assert.True(scan.Wait(TimeSpan.FromMinutes(5)), "the scan did not end");
                Assert.Equal(string.Empty, scan.Result.Error);
                reports.Add(scan.Result.Output);
            }
        }

        return reports;
    }
}
