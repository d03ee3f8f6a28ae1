using System.Text;
using System.Text.Json;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

public class CheckCommandTests
{
    private const string Today = "2026-11-28";

    [Fact]
    public void Compliant_record_exits_zero_with_a_summary()
    {
        var (code, output, _) = Run("check", Sample("demarche-demarches-simplifiees"), "--today", Today, "--lang", "en");
        Assert.Equal(0, code);
        Assert.Equal("1 record(s) checked: 0 error(s), 0 warning(s).", output.Trim());
    }

    [Fact]
    public void Findings_print_in_msbuild_canonical_form_and_exit_one()
    {
        var path = Path.Combine(Sample("demarche-besoin-non-couvert"), "commons-decision.yml");
        var (code, output, _) = Run("check", path, "--today", Today, "--lang", "en");
        Assert.Equal(1, code);
        var lines = output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(path + "(12,28): error CN0101: The need 'nir'", lines[0]);
        Assert.Equal("1 record(s) checked: 1 error(s), 0 warning(s).", lines[1]);
    }

    [Fact]
    public void A_folder_stands_for_its_record()
    {
        var (code, output, _) = Run("check", Sample("referentiel-specifique-a-tort"), "--today", Today);
        Assert.Equal(1, code);
        Assert.Contains(Path.Combine(Sample("referentiel-specifique-a-tort"), "commons-decision.yml") + "(11,13): error CN0108:", output);
    }

    [Fact]
    public void Several_paths_are_checked_in_one_run()
    {
        var (code, output, _) = Run("check", Sample("referentiel-glpi"), Sample("exception-expiree"), "--today", Today, "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains("2 record(s) checked: 2 error(s), 0 warning(s).", output);
    }

    [Fact]
    public void A_schema_line_that_leads_nowhere_is_a_warning_at_the_reference()
    {
        // A sample copied into another repository: its relative schema line no longer reaches rules/.
        var folder = Directory.CreateTempSubdirectory("commons-cli-").FullName;
        try
        {
            File.Copy(Path.Combine(Sample("demarche-demarches-simplifiees"), "commons-decision.yml"), Path.Combine(folder, "commons-decision.yml"));
            var (code, output, _) = Run("check", folder, "--today", Today, "--lang", "en");
            Assert.Equal(0, code);
            var lines = output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            Assert.Equal(2, lines.Length);
            Assert.StartsWith(Path.Combine(folder, "commons-decision.yml") + "(1,33): warning CN0016: The schema line points at '../../../rules/commons-decision.schema.json', which does not exist", lines[0]);
            Assert.Equal("1 record(s) checked: 0 error(s), 1 warning(s).", lines[1]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Warnings_alone_exit_zero()
    {
        var folder = Directory.CreateTempSubdirectory("commons-cli-").FullName;
        try
        {
            var record = File.ReadAllText(Path.Combine(Sample("site-editorial-sites-faciles"), "commons-decision.yml")) + "referentiel:\n  solution: glpi\n";
            File.WriteAllText(Path.Combine(folder, "commons-decision.yml"), record);
            var (code, output, _) = Run("check", folder, "--today", Today, "--lang", "en");
            Assert.Equal(0, code);
            Assert.Contains("warning CN0012:", output);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Missing_record_is_a_finding_with_exit_one()
    {
        var folder = Directory.CreateTempSubdirectory("commons-cli-").FullName;
        try
        {
            var (code, output, _) = Run("check", folder, "--lang", "en");
            Assert.Equal(1, code);
            Assert.Contains("(1,1): error CN0001: No commons-decision.yml at", output);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData("fr", "commons: « {0} » n'existe pas : donnez un fichier commons-decision.yml ou le dossier du dépôt qui le contient.")]
    [InlineData("en", "commons: '{0}' does not exist: give a commons-decision.yml file or the repository folder that holds one.")]
    public void A_path_that_does_not_exist_is_a_usage_error_in_one_sentence(string language, string message)
    {
        var folder = Directory.CreateTempSubdirectory("commons-cli-").FullName;
        try
        {
            var typo = Path.Combine(folder, "no", "such", "path");
            foreach (var audit in new[] { false, true })
            {
                var args = new[] { "check", typo, "--lang", language };
                var (code, output, error) = RunProcess(folder, audit ? args.Append("--audit").ToArray() : args);
                Assert.Equal(2, code);
                Assert.Equal(string.Format(message, typo), error.Trim());
                Assert.Equal(string.Empty, output);
            }

            // A record named in a folder that exists is still a missing record: CN0001, exit 1.
            var (missingCode, missing, _) = RunProcess(folder, "check", Path.Combine(folder, "commons-decision.yml"), "--lang", language);
            Assert.Equal(1, missingCode);
            Assert.Contains("error CN0001:", missing);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData("fr", "commons: « {0} » est un dossier, pas un fichier : le fichier de décision doit être un fichier nommé commons-decision.yml. Renommez ou déplacez ce dossier.")]
    [InlineData("en", "commons: '{0}' is a folder, not a file: the decision record must be a file named commons-decision.yml. Rename or move that folder.")]
    public void A_record_path_that_is_a_folder_is_a_usage_error_that_says_so(string language, string message)
    {
        var folder = Directory.CreateTempSubdirectory("commons-cli-").FullName;
        try
        {
            var record = Path.Combine(folder, "commons-decision.yml");
            Directory.CreateDirectory(record);
            foreach (var given in new[] { folder, record })
            {
                var (code, output, error) = RunProcess(folder, "check", given, "--lang", language);
                Assert.Equal(2, code);
                Assert.Equal(string.Format(message, record), error.Trim());
                Assert.Equal(string.Empty, output);
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Messages_are_french_by_default()
    {
        var (_, output, _) = Run("check", Sample("exception-expiree"), "--today", Today);
        Assert.Contains("L'exception pour la brique « notifications » a expiré le 2025-12-31", output);
        Assert.Contains("2 erreur(s)", output);
    }

    [Fact]
    public void Today_pins_the_clock()
    {
        var before = Run("check", Sample("exception-expiree"), "--today", "2025-12-01", "--format", "json");
        var after = Run("check", Sample("exception-expiree"), "--today", "2026-01-01", "--format", "json");
        Assert.Contains("\"CN0202\"", before.Output);
        Assert.Contains("\"CN0201\"", after.Output);
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--lang", "de")]
    [InlineData("check", "--today", "28/11/2026")]
    [InlineData("check", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("scan", ".", "--formt", "json")]
    [InlineData("report", "merge", "--no-such-option")]
    [InlineData("report", "trend", "--no-such-option")]
    [InlineData("report", "trend", "a.json", "b.json", "--format", "sarif")]
    public void Usage_errors_exit_two_with_a_message(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("commons: ", error);
        Assert.DoesNotContain("   at ", error + output);
    }

    [Theory]
    [InlineData("check", "--formt", "sarif")]
    [InlineData("scan", ".", "--formt", "sarif")]
    [InlineData("report", "merge", "a.json", "--formt")]
    [InlineData("report", "trend", "a.json", "--formt")]
    public void A_misspelt_option_is_named_as_an_unknown_option_not_taken_for_a_path(params string[] args)
    {
        var (code, _, error) = Run(args.Append("--lang").Append("en").ToArray());
        Assert.Equal(2, code);
        // --lang is read before the command line is parsed: the message is in the language asked for.
        Assert.Contains("Unknown option '--formt'.", error);
        Assert.Contains("commons: Option « --formt » inconnue.", Run(args).Error);
    }

    [Fact]
    public void Unwritable_output_file_exits_two()
    {
        var (code, _, error) = Run("check", Sample("referentiel-glpi"), "--output", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString(), "none", "out.json"));
        Assert.Equal(2, code);
        Assert.Contains("commons: ", error);
    }

    [Fact]
    public void Json_output_lists_every_finding_with_its_location_and_help()
    {
        var (code, output, _) = Run("check", Sample("demarche-demat-social-a-tort"), "--today", Today, "--format", "json", "--lang", "en");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(new[] { "CN0102", "CN0101", "CN0014" }, findings.Select(f => f.GetProperty("id").GetString()));
        var first = findings[0];
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(12, first.GetProperty("line").GetInt32());
        Assert.Equal(13, first.GetProperty("column").GetInt32());
        Assert.EndsWith("commons-decision.yml", first.GetProperty("file").GetString());
        Assert.EndsWith("/docs/rules/CN0102.md", first.GetProperty("helpUri").GetString());
        Assert.StartsWith("Démat Social is chosen", first.GetProperty("message").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        var file = Path.Combine(Path.GetTempPath(), "commons-" + Guid.NewGuid() + ".sarif");
        try
        {
            var (code, output, _) = Run("check", Sample("exception-expiree"), "--today", Today, "--format", "sarif", "--output", file);
            Assert.Equal(1, code);
            Assert.Equal(string.Empty, output);
            Assert.Equal("2.1.0", JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("version").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_real_process_returns_the_exit_codes()
    {
        Assert.Equal(0, RunProcess(RepositoryPaths.Root, "check", Sample("autre-api"), "--today", Today).ExitCode);
        Assert.Equal(1, RunProcess(RepositoryPaths.Root, "check", Sample("yaml-invalide")).ExitCode);
        Assert.Equal(2, RunProcess(RepositoryPaths.Root, "check", "--format", "nope").ExitCode);
    }

    // Theory data carries only names: xunit serializes each row for discovery, and a 10 MB array would cost minutes.
    private static byte[] HostileContent(string name) => name switch
    {
        "empty" => Array.Empty<byte>(),
        "not-a-mapping" => Encoding.UTF8.GetBytes("- a\n- b\n"),
        "syntax" => Encoding.UTF8.GetBytes("version: 1\nprojet: [\n"),
        "tabs" => Encoding.UTF8.GetBytes("version: 1\nprojet:\n\tnom: x\n"),
        "duplicates" => Encoding.UTF8.GetBytes("version: 1\nversion: 1\n"),
        "alias-bomb" => Encoding.UTF8.GetBytes("a: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n"),
        "deep" => Encoding.UTF8.GetBytes("version: 1\nprojet: " + new string('[', 3000) + new string(']', 3000) + "\n"),
        "invalid-utf8" => new byte[] { 0x76, 0x3A, 0x20, 0xFF, 0xFE, 0x0A },
        "ten-megabytes" => Encoding.UTF8.GetBytes("version: 1\n" + new string('#', 10 * 1024 * 1024)),
        "nul-bytes" => new byte[] { 0x76, 0x3A, 0x00, 0x0A },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("empty")]
    [InlineData("not-a-mapping")]
    [InlineData("syntax")]
    [InlineData("tabs")]
    [InlineData("duplicates")]
    [InlineData("alias-bomb")]
    [InlineData("deep")]
    [InlineData("invalid-utf8")]
    [InlineData("ten-megabytes")]
    [InlineData("nul-bytes")]
    public void Hostile_input_gets_a_located_error_and_exit_one_never_a_stack_trace(string name)
    {
        var content = HostileContent(name);
        var folder = Directory.CreateTempSubdirectory("commons-hostile-" + name).FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "commons-decision.yml"), content);
            var (code, output, error) = Run("check", folder, "--lang", "en", "--format", "json");
            Assert.Equal(1, code);
            Assert.Equal(string.Empty, error);
            using var json = JsonDocument.Parse(output);
            var first = json.RootElement.GetProperty("findings").EnumerateArray().First();
            Assert.True(first.GetProperty("line").GetInt32() >= 1);
            Assert.True(first.GetProperty("column").GetInt32() >= 1);
            Assert.DoesNotContain("   at ", output);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
