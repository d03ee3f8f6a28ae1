using System.Text.Json;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>
/// <c>commons scan</c> and <c>commons check --audit</c>, as real processes, on each repository of the
/// <see cref="HostileCorpus"/>: the run ends, exits as for any repository, lists each hostile file with its reason
/// (or reports it as a finding), and prints no stack trace. A regression would hang (a FIFO opened) or die of
/// OutOfMemoryException (<c>/dev/zero</c> read): a hang guard kills the process and fails the test.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // FIFOs, sockets, Unix modes
public sealed class HostileCorpusTests : IClassFixture<HostileCorpus>
{
    private const string NamedPipe = "a named pipe (FIFO), not a regular file: not read";
    private const string Outside = "a link to a file outside the repository: not read";

    private readonly HostileCorpus _corpus;

    public HostileCorpusTests(HostileCorpus corpus)
    {
        _corpus = corpus;
    }

    [Fact]
    public void Fifos_under_every_name_a_reader_opens_are_skipped_and_the_scan_ends()
    {
        var repository = Scan("fifos");

        Assert.Equal(new Dictionary<string, string>
        {
            [".editorconfig"] = NamedPipe, // the audit's (scan --audit)
            ["Build.props"] = NamedPipe,
            ["Program.cs"] = NamedPipe,
            ["app.js"] = NamedPipe,
            ["appsettings.json"] = NamedPipe,
            ["package.json"] = NamedPipe,
        }, repository.Skipped);
        Assert.Equal(new[] { "CN1002 appsettings.Production.json" }, repository.Findings);
    }

    [Fact]
    public void A_fifo_record_is_an_invalid_record_not_a_hang()
    {
        var repository = Scan("fifo-record", expectedExit: 1);

        Assert.Equal("invalid", repository.Record);
        Assert.Equal(new[] { "CN0002 commons-decision.yml", "CN1002 appsettings.Production.json" }, repository.Findings);
        Assert.Equal("The record could not be read: " + NamedPipe, repository.Messages[0]);
    }

    [Fact]
    public void Links_to_dev_zero_are_skipped_and_the_scan_ends_without_running_out_of_memory()
    {
        var repository = Scan("dev-zero", expectedExit: 1);

        Assert.Equal(new Dictionary<string, string>
        {
            [".editorconfig"] = Outside,
            ["Program.cs"] = Outside,
            ["commons-catalog.yml"] = Outside,
            ["settings.json"] = Outside,
        }, repository.Skipped);
        Assert.Equal("The record could not be read: " + Outside, repository.Messages[0]);
    }

    [Fact]
    public void Links_out_of_the_repository_are_not_read_and_bring_no_finding_of_their_target()
    {
        var repository = Scan("links-out");

        Assert.Equal(new Dictionary<string, string> { ["passwd.yml"] = Outside, ["sibling.json"] = Outside }, repository.Skipped);
        // The sibling's file names the agents' host (CN1001): it is not this repository's finding.
        Assert.Equal(new[] { "CN1002 appsettings.Production.json" }, repository.Findings);
        Assert.Equal(3, repository.FilesRead); // the record, appsettings.Production.json, and inside.json through its link
    }

    [Fact]
    public void A_socket_is_skipped()
    {
        var repository = Scan("socket");

        Assert.Equal(new Dictionary<string, string> { ["settings.json"] = "a socket, not a regular file: not read" }, repository.Skipped);
    }

    [Fact]
    public void Xml_saved_with_a_byte_order_mark_is_read_and_its_finding_located()
    {
        var repository = Scan("bom-xml");

        Assert.Empty(repository.Skipped);
        Assert.Equal(new[] { "CN1002 appsettings.Production.json(1,44)", "CN1001 web.config(4,37)" }, repository.LocatedFindings);
    }

    [Fact]
    public void Files_past_the_limits_are_skipped_with_their_size()
    {
        var repository = Scan("huge");

        Assert.Equal(new Dictionary<string, string>
        {
            [".editorconfig"] = "4101 KB, more than the 4096 KB a hand-written file holds (a bundle or a dump)",
            ["big.json"] = "1992 KB, more than the 1024 KB a hand-written file holds (a bundle or a dump)",
        }, repository.Skipped);
    }

    [Fact]
    public void An_editorconfig_the_audit_cannot_read_whole_fails_the_unjustified_audit()
    {
        var (code, output, error) = Commons(Path.Combine(_corpus.Fleet, "huge"), "check", "--audit", "--fail-on-unjustified", ".", "--lang", "en");

        Assert.Equal(1, code);
        Assert.Contains(
            "./.editorconfig(1,1): warning CN0964: The audit could not read this file whole (4101 KB or more, over the 4096 KB limit: not read): " +
            "a suppression, a severity or a switch in it would pass unseen. No comment justifies it: make it a regular file of the repository under 4 MB, or remove it (see docs/rules/CN0964.md).",
            output);
        Assert.Contains("1 weakening(s), 1 without justification.", output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Fifos_the_audit_reads_are_findings_of_the_audit_in_french_too()
    {
        var (code, output, _) = Commons(Path.Combine(_corpus.Fleet, "fifos"), "check", "--audit", "--fail-on-unjustified", ".", "--lang", "fr");

        Assert.Equal(1, code);
        var unread = output.Split('\n').Where(l => l.Contains("CN0964", StringComparison.Ordinal)).Select(l => l[..l.IndexOf('(')]).ToList();
        Assert.Equal(new[] { "./.editorconfig", "./Build.props", "./Program.cs" }, unread);
        Assert.Contains("(un tube nommé (FIFO), pas un fichier ordinaire : non lu)", output);
    }

    [Fact]
    public void Check_of_a_record_linked_to_dev_zero_names_the_device()
    {
        var (code, output, _) = Commons(_corpus.Root, "check", Path.Combine("fleet", "dev-zero", "commons-decision.yml"), "--lang", "en");

        Assert.Equal(1, code);
        Assert.Contains("commons-decision.yml(1,1): error CN0002: The record could not be read: a character device, not a regular file: not read", output);
    }

    [Fact]
    public void Adding_an_exception_to_a_fifo_record_refuses_instead_of_waiting()
    {
        var (code, _, error) = Commons(Path.Combine(_corpus.Fleet, "fifo-record"), "exception", "add", "ged", ".", "--justification", "Le stockage commun n'est pas encore ouvert.", "--echeance", "2027-01-31", "--lang", "en", "--today", HostileCorpus.Today);

        Assert.Equal(1, code);
        Assert.Equal("commons: './commons-decision.yml' cannot be edited safely: run 'commons check' and fix its file-level errors first.", error.Trim());
    }

    [Fact]
    public void A_folder_the_scan_may_not_open_is_listed_as_skipped()
    {
        // root opens any folder: the scan then runs without the capabilities that allow it, as a CI runner's user would.
        var repository = Scan("locked-folder", asUnprivileged: true);

        Assert.Equal(new Dictionary<string, string> { ["private/"] = "a folder the scan may not open: not read" }, repository.Skipped);
        Assert.Equal(new[] { "CN1002 appsettings.Production.json" }, repository.Findings);
    }

    [Fact]
    public void Skip_reasons_never_show_the_machine_s_folders()
    {
        var (_, output, _) = Commons(_corpus.Fleet, "scan", ".", "--audit", "--format", "json", "--today", HostileCorpus.Today, "--lang", "en");

        Assert.DoesNotContain(_corpus.Root, output, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp", output, StringComparison.Ordinal);
    }

    private ScannedRepository Scan(string name, int expectedExit = 0, bool asUnprivileged = false)
    {
        var (code, output, error) = Commons(Path.Combine(_corpus.Fleet, name), asUnprivileged, "scan", ".", "--audit", "--format", "json", "--today", HostileCorpus.Today, "--lang", "en");
        Assert.Equal(expectedExit, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        return new ScannedRepository(json.RootElement.GetProperty("repositories")[0]);
    }

    private static (int ExitCode, string Output, string Error) Commons(string workingDirectory, params string[] args) => Commons(workingDirectory, false, args);

    /// <summary>
    /// The real command in its own process, killed if it has not ended after a generous hang guard: a FIFO opened
    /// by mistake blocks forever. No stack trace may appear in either stream.
    /// </summary>
    private static (int ExitCode, string Output, string Error) Commons(string workingDirectory, bool asUnprivileged, params string[] args)
    {
        // As root: still root (the build output, the clone and a 0700 TMPDIR stay readable), without the two capabilities
        // that let root open any folder: the locked folder's permission bits then hold, as they would for a CI runner's user.
        var launcher = asUnprivileged && Environment.UserName == "root"
            ? new[] { "setpriv", "--bounding-set=-dac_override,-dac_read_search" }
            : Array.Empty<string>();
        var (code, output, error) = RunProcess(workingDirectory, TimeSpan.FromMinutes(5), launcher, args);
        foreach (var stream in new[] { output, error })
        {
            Assert.DoesNotContain("   at ", stream, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", stream, StringComparison.Ordinal);
            Assert.DoesNotContain("OutOfMemoryException", stream, StringComparison.Ordinal);
        }

        return (code, output, error);
    }

    /// <summary>One repository of a scan's JSON report, as the assertions compare it.</summary>
    private sealed class ScannedRepository
    {
        public ScannedRepository(JsonElement repository)
        {
            Record = repository.GetProperty("record").GetString()!;
            FilesRead = repository.GetProperty("filesRead").GetInt32();
            Skipped = repository.GetProperty("skipped").EnumerateArray().ToDictionary(s => s.GetProperty("path").GetString()!, s => s.GetProperty("reason").GetString()!);
            var findings = repository.GetProperty("findings").EnumerateArray().ToList();
            Findings = findings.Select(f => f.GetProperty("id").GetString() + " " + f.GetProperty("file").GetString()).ToList();
            LocatedFindings = findings.Select(f => f.GetProperty("id").GetString() + " " + f.GetProperty("file").GetString() +
                "(" + f.GetProperty("line").GetInt32() + "," + f.GetProperty("column").GetInt32() + ")").ToList();
            Messages = findings.Select(f => f.GetProperty("message").GetString()!).ToList();
        }

        public string Record { get; }

        public int FilesRead { get; }

        public Dictionary<string, string> Skipped { get; }

        public List<string> Findings { get; }

        public List<string> LocatedFindings { get; }

        public List<string> Messages { get; }
    }
}
