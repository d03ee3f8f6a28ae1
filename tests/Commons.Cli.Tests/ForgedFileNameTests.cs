using System.Text.Json;
using Commons.Cli.Tests.Ecosystems;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>
/// File names built to forge a report, created on disk and scanned by the real command: a newline followed by a
/// canonical error line (which CI annotations would pick up), a terminal escape sequence, and a Linux file name with a
/// backslash (a character of the name there, not a separator).
/// </summary>
public class ForgedFileNameTests : IDisposable
{
    private const string Forged = "x\nPayments.cs(12,5): error CN1001: forged\n.js";

    private const string Escape = "esc\u001b[31mred.js";

    private const string Backslash = "a\\b.js";

    private readonly ScratchRepository _repository;

    public ForgedFileNameTests()
    {
        _repository = new ScratchRepository();
        foreach (var name in new[] { Forged, Escape, Backslash })
        {
            _repository.Write(name, "const u = 'https://api.sendgrid.com/v3';\n");
        }
    }

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void Text_output_shows_control_characters_as_escapes_one_line_per_finding()
    {
        var (code, output, _) = Run("scan", _repository.Root, "--today", "2026-11-28", "--lang", "en");

        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(
            new[]
            {
                @"a\b.js(1,20): warning CN1004",
                @"esc\x1b[31mred.js(1,20): warning CN1004",
                @"x\nPayments.cs(12,5): error CN1001: forged\n.js(1,20): warning CN1004",
                "1 repository(ies) scanned: 0 error(s), 3 warning(s).",
            },
            lines.Select(l => l.Contains(": warning CN1004", StringComparison.Ordinal) ? l.Substring(0, l.IndexOf(": warning CN1004", StringComparison.Ordinal) + 16) : l));
        Assert.DoesNotContain(lines, l => l.StartsWith("Payments.cs", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', output);
        // The message quotes the file name too: escaped the same way.
        Assert.Contains(@"in x\nPayments.cs(12,5): error CN1001: forged\n.js reimplements it", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_uris_are_percent_encoded_relative_references()
    {
        var (_, output, _) = Run("scan", _repository.Root, "--format", "sarif", "--today", "2026-11-28", "--lang", "en");

        var uris = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .ToList();

        Assert.Equal(new[] { "a%5Cb.js", "esc%1B%5B31mred.js", "x%0APayments.cs(12,5)%3A%20error%20CN1001%3A%20forged%0A.js" }, uris);
    }

    [Fact]
    public void Json_and_csv_keep_the_file_names_exactly_a_backslash_stays_a_backslash()
    {
        var csv = Path.Combine(_repository.Root, "..", Path.GetFileName(_repository.Root) + ".csv");
        try
        {
            var (_, output, _) = Run("scan", _repository.Root, "--format", "json", "--csv", csv, "--today", "2026-11-28", "--lang", "en");

            var files = JsonDocument.Parse(output).RootElement.GetProperty("repositories")[0].GetProperty("findings").EnumerateArray()
                .Select(f => f.GetProperty("file").GetString()).ToList();
            Assert.Equal(new[] { Backslash, Escape, Forged }, files);
            var table = File.ReadAllText(csv);
            Assert.Contains("," + Backslash + ",", table, StringComparison.Ordinal);
            Assert.Contains(",\"" + Forged + "\",", table, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Theory]
    [InlineData("a b/c.js", "a%20b/c.js")]
    [InlineData("src/a:b.js", "src/a:b.js")]
    [InlineData("a:b/c.js", "a%3Ab/c.js")]
    [InlineData("ab:c/d.js", "ab%3Ac/d.js")]
    [InlineData("Zz9A/a0-._~!$&'()*+,;=@.js", "Zz9A/a0-._~!$&'()*+,;=@.js")]
    [InlineData("./src/é.js", "src/%C3%A9.js")]
    [InlineData("src/100%.js", "src/100%25.js")]
    [InlineData("src/q?#.js", "src/q%3F%23.js")]
    [InlineData("/tmp/a b/c.js", "file:///tmp/a%20b/c.js")]
    public void Uris_encode_what_a_path_segment_cannot_hold(string path, string uri) =>
        Assert.Equal(uri, Output.SarifReportWriter.ToUri(path));
}
