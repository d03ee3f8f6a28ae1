using System.Diagnostics;
using Commons.Cli.Scan;

namespace Commons.Cli.Tests.Ecosystems;

/// <summary>
/// What a real fleet holds besides clean sources: bundles, binaries, broken files, dependencies. Each is skipped with
/// its reason in the report, or read leniently; never a crash, never a hang.
/// </summary>
public class BadInputScanTests
{
    /// <summary>
    /// Catches a hang, not a slow machine: these scans take a second or two, but CI shares two cores with everything
    /// else. Their speed is the benchmarks' (benchmarks/Commons.Benchmarks <c>--hostile</c>, <c>--scan-cost</c>).
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    [Fact]
    public void A_50_MB_bundle_a_minified_line_and_a_binary_are_skipped_with_their_reason()
    {
        using var repository = new ScratchRepository()
            .Write("src/ok.js", "const url = 'https://api-adresse.data.gouv.fr/search';\n")
            .Write("public/app.min.js", "var u='https://api-adresse.data.gouv.fr/search';\n")
            .Write("public/generated.js", "var u='https://api-adresse.data.gouv.fr/search';" + new string(' ', 20_000) + "\n")
            .WriteBytes("src/logo.php", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x27, 0x68, 0x74 });
        using (var bundle = File.Create(Path.Combine(repository.Root, "public", "bundle.js")))
        {
            bundle.SetLength(50L * 1024 * 1024);
        }

        var clock = Stopwatch.StartNew();
        var report = repository.Scan();
        clock.Stop();

        Assert.Equal(new[] { "src/ok.js" }, report.Findings.Where(f => f.Id == "CN1007").Select(f => f.File));
        Assert.Contains("KB", Reason(report, "public/bundle.js"));
        Assert.Contains(".min.js", Reason(report, "public/app.min.js"));
        Assert.Contains("minified", Reason(report, "public/generated.js"));
        Assert.Equal("binary content", Reason(report, "src/logo.php"));
        Assert.True(clock.Elapsed < HangGuard, "scan took " + clock.Elapsed);
    }

    [Fact]
    public void An_unreadable_assets_file_is_listed_with_its_reason_and_the_code_is_still_scanned()
    {
        using var repository = new ScratchRepository()
            .Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>\n")
            .Write("App/obj/project.assets.json", "{ \"version\": 3, \"targets\": ")
            .Write("App/Mailer.cs", "class Mailer { object M() => new System.Net.Mail.SmtpClient(); }\n");

        var report = repository.Scan();

        Assert.StartsWith("invalid project.assets.json: ", Reason(report, "App/obj/project.assets.json"));
        Assert.Equal(new[] { "App/Mailer.cs(1,30) CN1004 warning" }, report.Findings.Where(f => f.Id == "CN1004").Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id + " " + f.Severity));
    }

    [Fact]
    public void A_utf16_configuration_is_text_not_binary()
    {
        using var repository = new ScratchRepository()
            .WriteBytes("Web.config", System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("<configuration>\n  <add value=\"https://api.sendgrid.com/v3\" />\n</configuration>\n")).ToArray());

        Assert.Equal(new[] { "Web.config(2,23) CN1004 warning" }, repository.Findings());
    }

    [Fact]
    public void Broken_json_xml_yaml_and_toml_are_skipped_with_the_parsers_reason_json_with_comments_is_read()
    {
        using var repository = new ScratchRepository()
            .Write("broken.json", "{ \"a\": ")
            .Write("deep.json", new string('[', 10_000))
            .Write("commented.json", "{ /* https://api.sendgrid.com */ \"url\": \"https://api.mailjet.com\" }")
            .Write("broken.xml", "<a><b></a>")
            .Write("entity.xml", "<!DOCTYPE a [<!ENTITY x \"https://api.sendgrid.com\">]><a>&x;</a>")
            .Write("broken.yml", "a: [1, 2\n")
            .Write("templates/tabs.yaml", "spec:\n\thost: x\n")
            .Write("pyproject.toml", "[project\ndependencies = [\"sendgrid\"]\n")
            .Write("package.json", "{ \"dependencies\": { \"nodemailer\": ");

        var report = repository.Scan();

        Assert.Equal(new[] { "commented.json(1,50) CN1004 warning" }, repository.Findings());
        Assert.StartsWith("invalid JSON", Reason(report, "broken.json"));
        Assert.StartsWith("invalid JSON", Reason(report, "deep.json"));
        Assert.StartsWith("invalid XML", Reason(report, "broken.xml"));
        Assert.StartsWith("invalid XML", Reason(report, "entity.xml"));
        Assert.StartsWith("invalid YAML", Reason(report, "broken.yml"));
        Assert.StartsWith("invalid YAML", Reason(report, "templates/tabs.yaml"));
        Assert.StartsWith("invalid", Reason(report, "pyproject.toml"));
        Assert.StartsWith("invalid npm", Reason(report, "package.json"));
    }

    [Fact]
    public void Nesting_deep_enough_to_exhaust_a_recursive_parser_is_a_short_reason_not_a_crash()
    {
        using var repository = new ScratchRepository()
            .Write("deep.yml", new string('[', 200_000))
            .Write("deep.xml", string.Concat(Enumerable.Repeat("<a>", 200_000)))
            .Write("deep.toml", "a = " + new string('[', 200_000))
            .Write("pyproject.toml", "a = " + string.Concat(Enumerable.Repeat("{ b = ", 100_000)))
            .Write("deep.json", new string('[', 200_000));

        var clock = Stopwatch.StartNew();
        var report = repository.Scan();

        Assert.True(clock.Elapsed < HangGuard, "scan took " + clock.Elapsed);
        Assert.Equal(new[] { "deep.json", "deep.toml", "deep.xml", "deep.yml", "pyproject.toml" }, report.Skipped.Select(s => s.Path));
        Assert.All(report.Skipped, s => Assert.StartsWith("invalid", s.Reason));
        Assert.All(report.Skipped, s => Assert.InRange(s.Reason.Length, 10, 301));
    }

    [Fact]
    public void Dependencies_and_build_outputs_are_not_read_and_the_report_says_so()
    {
        using var repository = new ScratchRepository()
            .Write("package.json", "{ \"name\": \"front\" }")
            .Write("node_modules/nodemailer/package.json", "{ \"dependencies\": { \"@aws-sdk/client-ses\": \"3\" } }")
            .Write("node_modules/nodemailer/lib/smtp.js", "const u = 'https://api.sendgrid.com';")
            .Write("vendor/phpmailer/src/Mailer.php", "<?php mail($a, $b, $c);")
            .Write("build/static/app.js", "const u = 'https://api.sendgrid.com';")
            .Write("target/classes/application.yml", "url: https://api.sendgrid.com\n")
            .Write(".venv/lib/site.py", "import smtplib\n");

        var report = repository.Scan();

        Assert.DoesNotContain(report.Findings, f => f.Id.StartsWith("CN1", StringComparison.Ordinal));
        Assert.Equal(new[] { ".venv/", "node_modules/", "target/", "vendor/" }, report.Skipped.Where(s => s.Path.EndsWith('/')).Select(s => s.Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(1, report.FilesRead);
    }

    [Fact]
    public void The_html_report_lists_what_was_skipped_and_why_escaped()
    {
        using var repository = new ScratchRepository()
            .Write("node_modules/x/index.js", "const u = 'https://api.sendgrid.com';")
            .Write("config/<b>.json", "{ \"a\": ");
        var html = Path.Combine(repository.Root, "..", Path.GetFileName(repository.Root) + ".html");
        try
        {
            CliRunner.Run("scan", repository.Root, "--lang", "en", "--today", "2026-11-28", "--report", html);
            var page = File.ReadAllText(html);

            Assert.Contains("<summary>2 file(s) or folder(s) left out</summary>", page);
            Assert.Contains("<tr><td><code>node_modules/</code></td><td>dependencies or build output, not read</td></tr>", page);
            Assert.Contains("<code>config/<wbr>&lt;b&gt;.json</code></td><td>invalid JSON:", page); // escaped, and wrapped after its separator
            Assert.DoesNotContain("<b>.json", page);
        }
        finally
        {
            File.Delete(html);
        }
    }

    [Fact]
    public void Unterminated_literals_and_comments_end_the_file_without_a_crash()
    {
        using var repository = new ScratchRepository()
            .Write("a.ts", "const a = \"https://api-adresse.data.gouv.fr/search\n/* never closed https://api.sendgrid.com")
            .Write("b.py", "x = '''https://api-adresse.data.gouv.fr/search")
            .Write("c.php", "<?php $t = <<<EOT\nhttps://api-adresse.data.gouv.fr/search\n")
            .Write("d.rb", "=begin\nhttps://api.sendgrid.com\n");

        Assert.Equal(new[] { "a.ts(1,20) CN1007 warning", "b.py(1,16) CN1007 warning", "c.php(2,9) CN1007 warning" }, repository.Findings());
    }

    [Fact]
    public void A_file_built_to_defeat_the_tokenizer_is_read_in_linear_time()
    {
        // Every slash could open a regular expression whose class never closes; every quote a string that never ends.
        var line = string.Concat(Enumerable.Repeat("=/[", 1600)) + "\n";
        using var repository = new ScratchRepository()
            .Write("src/slashes.js", string.Concat(Enumerable.Repeat(line, 200)))
            .Write("src/quotes.php", "<?php " + string.Concat(Enumerable.Repeat("'\\' \"\\\" <<<A\n", 40_000)));

        var clock = Stopwatch.StartNew();
        var report = repository.Scan();

        Assert.True(clock.Elapsed < HangGuard, "scan took " + clock.Elapsed);
        Assert.Equal(2, report.FilesRead);
    }

    [Theory]
    [MemberData(nameof(Syntaxes))]
    public void The_tokenizer_never_fails_and_keeps_literals_inside_the_text(string language)
    {
        var syntax = (SourceSyntax)typeof(SourceSyntax).GetField(language)!.GetValue(null)!;
        var random = new Random(language.GetHashCode(StringComparison.Ordinal) & 0x7fff);
        const string Alphabet = "\"'`/*#\n<?>!-=[]\\ab.:{}$()pEOT";
        for (var run = 0; run < 3000; run++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var source = SourceTokenizer.Tokenize(text, syntax);
            Assert.Equal(text.Length, source.Code.Length);
            Assert.All(source.Literals, l => Assert.True(l.Start >= 0 && l.Length >= 0 && l.Start + l.Length <= text.Length, text));
        }
    }

    public static TheoryData<string> Syntaxes() => new() { "JavaScript", "TypeScript", "Vue", "Java", "Kotlin", "Gradle", "Go", "Php", "Python", "Ruby" };

    private static string Reason(Commons.Cli.Reports.RepositoryReport report, string path) =>
        report.Skipped.SingleOrDefault(s => s.Path == path)?.Reason ?? "(not skipped: " + path + ")";
}
