using Commons.Cli.Tests.Ecosystems;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>
/// <c>scan --read-list FILE</c> (hidden, for benchmarks/sidebyside): the full path of every file the scan read, one a
/// line, which the benchmark's floor reads again.
/// </summary>
public sealed class ScanReadListTests : IDisposable
{
    private readonly ScratchRepository _repository = new ScratchRepository()
        .Write("src/App.cs", "class App { object Client = new System.Net.Mail.SmtpClient(); }\n")
        .Write("appsettings.json", "{ \"Mail\": { \"Host\": \"smtp.sendgrid.net\" } }\n")
        .Write("broken.json", "{ \"unclosed\": \n")
        .Write("package.json", "{ \"name\": \"app\", \"dependencies\": { \"nodemailer\": \"6.9.0\" } }\n")
        .Write("README.md", "# App\n")
        .Write("node_modules/lib/index.js", "require('nodemailer');\n")
        .Write("x\ny.js", "const u = 'https://api.sendgrid.com/v3';\n")
        .WriteBytes("logo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0 });

    private readonly string _list = Path.Combine(Path.GetTempPath(), "commons-read-list-" + Guid.NewGuid().ToString("N") + ".txt");

    public void Dispose()
    {
        _repository.Dispose();
        File.Delete(_list);
    }

    [Fact]
    public void Lists_every_file_read_whole_with_its_full_path_and_nothing_else()
    {
        var (code, _, error) = Run("scan", _repository.Root, "--format", "json", "--today", "2026-11-28", "--lang", "en", "--read-list", _list);

        Assert.True(code == 0, "exit code " + code + ": " + error); // the record declares no brick: what is found is a warning
        // Read whole: the C# source, the configuration (the invalid one too) and the manifest. Not read: the record (the
        // engine's, not a scanner's), a README, an image, an ignored folder; left out: a name with a line break.
        var expected = new[] { "appsettings.json", "broken.json", "package.json", "src/App.cs" }
            .Select(f => Path.GetFullPath(Path.Combine(_repository.Root, f)));
        Assert.Equal(string.Join("\n", expected) + "\n", File.ReadAllText(_list));
    }

    [Fact]
    public void Is_not_shown_in_the_help()
    {
        var (code, output, _) = Run("scan", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--full-binding", output);
        Assert.DoesNotContain("--read-list", output);
    }

    [Fact]
    public void An_unwritable_list_is_a_usage_error_that_names_it()
    {
        var unwritable = Path.Combine(_repository.Root, "no-such-folder", "list.txt");

        var (code, _, error) = Run("scan", _repository.Root, "--lang", "en", "--read-list", unwritable);

        Assert.Equal(2, code);
        Assert.StartsWith("commons: cannot write '" + unwritable + "': ", error);
    }
}
