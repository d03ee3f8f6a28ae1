using System.Globalization;
using System.Text;
using Commons.Cli.Output;
using Commons.Cli.Reports;
using Commons.Cli.Reports.Merge;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>
/// <c>report merge</c> holds each repository's counts, never its findings: it reads the reports once for the counts and
/// again for each output. Every output is the one the merge wrote when it held every finding (the reference below, the
/// merge as it was: each report read whole by <see cref="FleetReport.FromJson(Stream)"/>), byte for byte; a report that
/// is cut, changed or unreadable is one sentence naming it and exit 2, and no output file is left cut short.
/// </summary>
public sealed class StreamedMergeTests : IClassFixture<StreamedMergeTests.Scans>, IDisposable
{
    private readonly Scans _scans;
    private readonly string _folder = Directory.CreateTempSubdirectory("commons-streamed-merge-").FullName;

    public StreamedMergeTests(Scans scans)
    {
        _scans = scans;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("text", "en")]
    [InlineData("json", "en")]
    [InlineData("sarif", "fr")]
    public void Every_output_is_the_one_of_the_merge_that_held_every_finding(string format, string language)
    {
        var files = _scans.Files;
        var output = Path.Combine(_folder, "merged." + format);
        var html = Path.Combine(_folder, "merged.html");
        var csv = Path.Combine(_folder, "merged.csv");

        var (code, stdout, error) = Run(new[] { "report", "merge" }.Concat(files).Concat(new[] { "--format", format, "--output", output, "--report", html, "--csv", csv, "--lang", language }).ToArray());

        var held = HeldMerge(files, language);
        var (expectedCode, expected) = Written(held, format, language);
        Assert.Equal((expectedCode, string.Empty, string.Empty), (code, stdout, error));
        Assert.Equal(1, code); // the samples hold error findings
        Assert.Equal(expected.Output, File.ReadAllText(output));
        Assert.Equal(expected.Html, File.ReadAllText(html));
        Assert.Equal(expected.Csv, File.ReadAllText(csv));
        if (format == "json")
        {
            // And the serializer's own text of the held report: the streamed JSON is not merely equal to itself.
            Assert.Equal(held.ToJson() + Environment.NewLine, File.ReadAllText(output));
        }
    }

    [Fact]
    public void The_merged_fleet_holds_its_repositories_and_their_counts_but_no_finding()
    {
        var parts = _scans.Files.Select(IndexedScanReport.Read).ToList();
        var merged = Commands.ReportMergeCommand.Merge(parts, "en");
        var held = HeldMerge(_scans.Files, "en");

        Assert.Equal(held.Repositories.Select(r => r.Name), merged.Repositories.Select(r => r.Name));
        Assert.Equal(0, merged.Repositories.Sum(r => r.Findings.Count)); // what is retained: no finding at all
        Assert.Equal(held.Repositories.Select(r => r.Findings.Count), merged.Repositories.Select(r => merged.TallyOf(r).Count));
        Assert.Equal(held.Findings.Select(f => f.ToCanonicalString()), merged.Findings.Select(f => f.ToCanonicalString()));
        Assert.Equal(28, held.Findings.Count()); // 20 of the sample fleet, 3 of messagerie-maison alone, 5 of the odd report
    }

    [Fact]
    public void A_finding_larger_than_the_read_buffer_is_read_whole()
    {
        var file = Path.Combine(_folder, "large.json");
        var report = new FleetReport { Version = "1.0", Date = "2026-11-28" };
        report.Repositories.Add(new RepositoryReport { Name = "site", Path = "site", Findings = { Finding("CN1004", "error", 1), Finding("CN1007", "warning", 2), Finding("CN1004", "warning", 3) } });
        report.Repositories[0].Findings[1].Message = string.Concat(Enumerable.Repeat("é😀 « 64 KiB » ", 30_000)); // 600 KB: the buffer grows to hold it
        File.WriteAllText(file, report.ToJson());

        var (code, output, error) = Run("report", "merge", file, "--format", "json", "--lang", "en");

        Assert.Equal((1, string.Empty), (code, error));
        report.Language = "en";
        Assert.Equal(report.ToJson() + Environment.NewLine, output);
    }

    [Fact]
    public void A_report_cut_in_the_middle_of_its_findings_is_one_sentence_naming_it_and_no_output_is_written()
    {
        var file = Path.Combine(_folder, "cut.json");
        var whole = File.ReadAllBytes(_scans.Files[0]);
        File.WriteAllBytes(file, whole.AsSpan(0, whole.Length / 2).ToArray()); // a CI upload that stopped half way
        var output = Path.Combine(_folder, "out.json");
        var html = Path.Combine(_folder, "out.html");
        var csv = Path.Combine(_folder, "out.csv");

        var (code, stdout, error) = Run("report", "merge", _scans.Files[1], file, "--format", "json", "--output", output, "--report", html, "--csv", csv, "--lang", "en");

        Assert.Equal((2, string.Empty), (code, stdout));
        Assert.Equal("commons: '" + file + "' is not a report of 'commons scan --format json': merge only reads those." + Environment.NewLine, error);
        Assert.Equal((false, false, false), (File.Exists(output), File.Exists(html), File.Exists(csv))); // the reports are all read before a byte is written
    }

    [Fact]
    public void A_report_changed_between_the_two_readings_stops_the_merge_naming_it()
    {
        var file = Path.Combine(_folder, "changing.json");
        File.Copy(_scans.Files[0], file);
        var merged = Commands.ReportMergeCommand.Merge(new[] { IndexedScanReport.Read(file) }, "en");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("\"line\": ", "\"line\":  ")); // the same findings, shifted in the file

        var failure = Assert.Throws<MergeInputException>(() => merged.Findings.ToList());

        Assert.Equal((file, "Merge_Changed"), (failure.File, failure.ReasonKey));
    }

    [Fact]
    public void A_report_that_lost_findings_between_the_two_readings_stops_the_merge_naming_it()
    {
        var file = Path.Combine(_folder, "shrinking.json");
        var report = new FleetReport { Version = "1.0", Date = "2026-11-28" };
        report.Repositories.Add(new RepositoryReport { Name = "site", Findings = { Finding("CN1004", "error", 1), Finding("CN1004", "warning", 2) } });
        File.WriteAllText(file, report.ToJson());
        var merged = Commands.ReportMergeCommand.Merge(new[] { IndexedScanReport.Read(file) }, "en");
        var length = new FileInfo(file).Length;
        report.Repositories[0].Findings.RemoveAt(1);
        File.WriteAllText(file, report.ToJson().PadRight((int)length)); // one finding fewer, the same length
        Assert.Equal(length, new FileInfo(file).Length);

        var failure = Assert.Throws<MergeInputException>(() => merged.Findings.ToList());

        Assert.Equal((file, "Merge_Changed"), (failure.File, failure.ReasonKey));
    }

    [Fact]
    public void An_output_file_whose_merge_fails_half_way_is_removed()
    {
        var output = Path.Combine(_folder, "half.txt");
        var settings = new OutputSettings(ReportFormat.Text, CultureInfo.GetCultureInfo("en"), DateTime.Today, output);

        var failure = Assert.Throws<MergeInputException>(() => FleetOutput.TryWrite(output, TextWriter.Null, TextWriter.Null, settings, writer =>
        {
            writer.Write(new string('x', 100_000)); // already flushed to the file in part
            throw new MergeInputException("scan.json", "Merge_Changed");
        }));

        Assert.Equal("scan.json", failure.File);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void An_output_that_is_also_a_report_to_merge_is_refused_and_the_report_kept()
    {
        var file = Path.Combine(_folder, "scan.json");
        File.Copy(_scans.Files[0], file);
        var before = File.ReadAllText(file);

        var (code, stdout, error) = Run("report", "merge", file, "--format", "json", "--output", file, "--lang", "en");

        Assert.Equal((2, string.Empty), (code, stdout));
        Assert.Equal("commons: '" + file + "' is both a report to merge and an output of the merge: write the output elsewhere." + Environment.NewLine, error);
        Assert.Equal(before, File.ReadAllText(file));
    }

    [Fact]
    public async Task A_report_read_from_a_pipe_is_refused_in_a_sentence()
    {
        var fifo = Path.Combine(_folder, "scan.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo") { ArgumentList = { fifo } })!)
        {
            mkfifo.WaitForExit();
        }

        // The writer side: opening a pipe to read waits for one.
        var writer = Task.Run(() => File.WriteAllText(fifo, File.ReadAllText(_scans.Files[0])));
        var (code, stdout, error) = Run("report", "merge", fifo, "--lang", "en");

        Assert.Equal((2, string.Empty), (code, stdout));
        Assert.Equal("commons: '" + fifo + "' is not a file (a pipe or a device): merge reads each report twice, once for its counts and once to write its findings; save it to a file first." + Environment.NewLine, error);
        try
        {
            await writer.WaitAsync(TimeSpan.FromSeconds(30)); // a hang guard: the writer ends when merge closes the pipe
        }
        catch (IOException)
        {
            // The reader closed the pipe before all was written (a broken pipe): what this test expects.
        }
    }

    private static FindingEntry Finding(string id, string severity, int line) =>
        new() { Id = id, Severity = severity, File = "src/A.cs", Line = line, Column = 3, Message = "m" + line, HelpUri = "https://example.org/" + id };

    /// <summary>The merge as it was before it streamed, as the reference: every report read whole, every finding held.</summary>
    private static FleetReport HeldMerge(IReadOnlyList<string> files, string language)
    {
        var parts = files.Select(f =>
        {
            using var stream = File.OpenRead(f);
            return FleetReport.FromJson(stream);
        }).ToList();
        var repositories = new List<RepositoryReport>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (part, index) in parts.Select((p, i) => (p, i)))
        {
            foreach (var repository in part.Repositories)
            {
                if (!names.Add(repository.Name))
                {
                    repository.Name += " (" + (index + 1) + ")";
                    names.Add(repository.Name);
                }

                if (repository.Path.Length == 0)
                {
                    repository.Path = repository.Name;
                    repository.Findings.ForEach(f => f.File = repository.Name + "/" + f.File);
                    repository.Skipped.ForEach(s => s.Path = repository.Name + "/" + s.Path);
                }

                repositories.Add(repository);
            }
        }

        return new FleetReport
        {
            Version = parts[0].Version,
            Date = parts.Select(p => p.Date).Max(StringComparer.Ordinal)!,
            Language = language,
            Repositories = repositories.OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>What <see cref="FleetOutput"/> writes of a held report: the main output, the HTML page, the CSV.</summary>
    private (int Code, (string Output, string Html, string Csv) Texts) Written(FleetReport report, string format, string language)
    {
        var output = Path.Combine(_folder, "held." + format);
        var html = Path.Combine(_folder, "held.html");
        var csv = Path.Combine(_folder, "held.csv");
        var settings = new OutputSettings(Enum.Parse<ReportFormat>(format, ignoreCase: true), CliText.CultureFor(language), DateTime.Today, output);
        var code = FleetOutput.Write(report, settings, html, csv, TextWriter.Null, TextWriter.Null);
        return (code, (File.ReadAllText(output), File.ReadAllText(html), File.ReadAllText(csv)));
    }

    /// <summary>
    /// The reports merged: samples/fleet scanned whole, one of its repositories scanned alone (its paths relative to it,
    /// its name met twice), and a report written by hand with what a serializer tolerates (a byte-order mark, nulls,
    /// properties out of order or repeated, unknown ones, a help link that is not http).
    /// </summary>
    public sealed class Scans : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("commons-streamed-merge-scans-").FullName;

        public Scans()
        {
            var fleet = Path.Combine(RepositoryPaths.Root, "samples", "fleet");
            var whole = Path.Combine(_folder, "fleet.json");
            var alone = Path.Combine(_folder, "messagerie.json");
            var odd = Path.Combine(_folder, "odd.json");
            Assert.Equal(1, Run("scan", fleet, "--format", "json", "--output", whole, "--today", "2026-11-28", "--lang", "en").ExitCode);
            Assert.Equal(1, Run("scan", Path.Combine(fleet, "messagerie-maison"), "--format", "json", "--output", alone, "--today", "2026-11-28", "--lang", "en").ExitCode);
            File.WriteAllText(odd, OddReport, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            Files = new[] { whole, alone, odd };
        }

        public IReadOnlyList<string> Files { get; }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private const string OddReport = """
            {
              "findings": [{"id": "CN1004", "severity": "error", "file": "ignored.cs", "line": 1, "column": 1, "message": "a top-level list is not read", "helpUri": ""}],
              "repositories": [
                null,
                {
                  "findings": [
                    {"id": "CN1004", "severity": "error", "file": "src/Mail.cs", "line": 3, "column": 9, "message": "first, help link not http", "helpUri": "javascript:alert(1)", "tier": "indirect"},
                    null,
                    {"id": null, "severity": null, "file": null, "line": 4, "column": 1, "message": null, "helpUri": null},
                    {"id": "CN1007", "severity": "warning", "file": "a\\b \u00e9.js", "line": 7, "column": 2, "message": "« quoted » \"x\" <b>", "helpUri": "https://example.org/CN1007", "count": 3, "extra": {"deep": [1, 2]}}
                  ],
                  "name": "messagerie-maison",
                  "path": "",
                  "record": null,
                  "bricks": [{"id": "notifications", "choice": "exception", "expiry": "2026-12-01"}, null],
                  "skipped": [{"path": "bin", "reason": "build output"}],
                  "solutions": {"site": "commun"},
                  "unknown": {"a": [null, true]}
                },
                {
                  "name": "twice-listed",
                  "path": "twice-listed",
                  "record": "valid",
                  "findings": [{"id": "CN1004", "severity": "error", "file": "dropped.cs", "line": 1, "column": 1, "message": "replaced below", "helpUri": ""}],
                  "findings": [
                    {"id": "CN1004", "severity": "warning", "file": "twice-listed/kept.cs", "line": 2, "column": 5, "message": "the last list wins", "helpUri": "https://example.org/CN1004"},
                    {"id": "CN9999", "severity": "error", "file": "twice-listed/other.cs", "line": 1, "column": 1, "message": "not a brick", "helpUri": ""}
                  ]
                },
                {"name": "no-findings", "path": "no-findings", "record": "missing", "findings": null},
                {"name": "without-the-list", "path": "without-the-list", "record": "valid"}
              ],
              "language": "fr",
              "date": "2026-12-03",
              "version": "9.9.9",
              "tool": "commons",
              "format": 1
            }
            """;
    }
}
