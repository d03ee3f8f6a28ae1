using System.Globalization;
using Commons.Cli.Scan;
using Commons.Engine.Findings;

namespace Commons.Cli.Tests;

/// <summary>
/// A scanner that throws (OutOfMemoryException included) ends its own part of one repository's scan: the note names
/// it, without the machine's folders, and the other scanners' findings still count. Reasons for one skipped file are
/// decided by a fixed order, not by whichever scanner wrote last.
/// </summary>
public class ScanFailureTests
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "samples", "fleet", "front-usager-ts");

    [Fact]
    public void A_failing_scanner_is_named_and_the_others_findings_still_count()
    {
        var scanners = new IRepositoryScanner[]
        {
            new ConfigHostScanner(),
            new Throwing("Scanner_Sources", new OutOfMemoryException("boom")),
            new Throwing("Scanner_Manifests", new InvalidOperationException("cannot read " + Path.Combine(Sample, "package.json"))),
        };
        var scanner = new FleetScanner(scanners, CultureInfo.GetCultureInfo("en"), new DateTime(2026, 11, 28), jobs: 1);

        var report = scanner.Scan(new[] { new Repository(Sample, Sample) }).Repositories.Single();

        Assert.Equal(
            "the other languages' source scan failed: OutOfMemoryException: boom; the package manifest scan failed: InvalidOperationException: cannot read ./package.json",
            report.CodeScan);
        Assert.Equal(new[] { "CN1002 .env.example" }, report.Findings.Select(f => f.Id + " " + f.File));
    }

    [Fact]
    public void A_failing_scanner_is_named_in_french()
    {
        var scanner = new FleetScanner(new IRepositoryScanner[] { new Throwing("Scanner_Configuration", new IOException("disque")) }, CultureInfo.GetCultureInfo("fr"), new DateTime(2026, 11, 28), jobs: 1);

        var report = scanner.Scan(new[] { new Repository(Sample, Sample) }).Repositories.Single();

        Assert.Equal("l'analyse de la configuration a échoué : IOException: disque", report.CodeScan);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void One_reason_per_file_whatever_order_the_readers_skip_it_in(bool fileStageFirst)
    {
        var ledger = new ScanLedger();
        var skips = new List<(string Reason, SkipStage Stage)> { ("binary content", SkipStage.Content), ("invalid XML: line 3", SkipStage.Format), ("a named pipe (FIFO)", SkipStage.File) };
        if (!fileStageFirst)
        {
            skips.Reverse();
        }

        ledger.Read("pom.xml", "XML");
        foreach (var (reason, stage) in skips)
        {
            ledger.Skip("pom.xml", reason, stage);
        }

        ledger.Read("pom.xml", "Maven"); // a reader that came after the skip: the file still counts as skipped

        Assert.Equal(new[] { new KeyValuePair<string, string>("pom.xml", "a named pipe (FIFO)") }, ledger.Skipped);
        Assert.Equal(0, ledger.FilesRead);
        Assert.Empty(ledger.Languages);
    }

    [Fact]
    public void Within_a_stage_the_first_reason_in_ordinal_order_is_kept()
    {
        var first = new ScanLedger();
        first.Skip("a.json", "invalid JSON: b", SkipStage.Format);
        first.Skip("a.json", "invalid JSON: a", SkipStage.Format);
        var second = new ScanLedger();
        second.Skip("a.json", "invalid JSON: a", SkipStage.Format);
        second.Skip("a.json", "invalid JSON: b", SkipStage.Format);

        Assert.Equal("invalid JSON: a", first.Skipped.Single().Value);
        Assert.Equal("invalid JSON: a", second.Skipped.Single().Value);
    }

    [Fact]
    public void A_reason_quoting_the_machine_s_folders_shows_them_relative()
    {
        var ledger = new ScanLedger("/srv/ci/fleet/app", "/srv/ci/fleet");

        ledger.Skip("app/a.json", "unreadable: Could not find '/srv/ci/fleet/app/a.json' (under /srv/ci/fleet)", SkipStage.File);

        Assert.Equal("unreadable: Could not find 'a.json' (under .)", ledger.Skipped.Single().Value);
    }

    private sealed class Throwing : IRepositoryScanner
    {
        private readonly Exception _exception;

        public Throwing(string nameKey, Exception exception)
        {
            NameKey = nameKey;
            _exception = exception;
        }

        public string NameKey { get; }

        public IEnumerable<Finding> Scan(ScanContext context) => throw _exception;
    }
}
