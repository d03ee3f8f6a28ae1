using System.Text;
using System.Text.RegularExpressions;
using Commons.Cli.Scan;

namespace Commons.Cli.Tests.Ecosystems;

/// <summary>
/// The shapes that made a pattern's work grow with the square of the file, a megabyte each: the finding after them
/// is found. Before, the PHP <c>mail()</c> pattern looked behind over the white space (comments and HTML are blanked
/// to it) at every position, passed its 2 s time limit after about 12 KB and the file was skipped "too slow": the
/// finding depended on the machine's load. No pattern has a time limit now; the time per MB is a benchmark
/// (benchmarks/Commons.Benchmarks <c>--hostile</c>).
/// </summary>
public class QuadraticShapeScanTests
{
    private const string Call = "mail($to, $subject, $body);\n";

    [Fact]
    public void A_call_of_mail_after_a_megabyte_of_docblock_is_found()
    {
        var text = "<?php\n/**\n" + Lines(" * Envoie le courriel de confirmation au demandeur.\n", 19_000) + " */\n" + Call;

        Assert.Equal(new[] { $"src/Notifier.php({LineOf(text, Call)},1) CN1004 warning" }, Scan("src/Notifier.php", text));
    }

    [Fact]
    public void A_call_of_mail_after_a_megabyte_of_html_is_found()
    {
        var text = Lines("<p class=\"intro\">Bienvenue sur le portail des démarches en ligne.</p>\n", 14_000) + "<?php " + Call;

        Assert.Equal(new[] { $"templates/page.php({LineOf(text, Call)},7) CN1004 warning" }, Scan("templates/page.php", text));
    }

    [Fact]
    public void A_call_of_mail_after_a_megabyte_of_white_space_and_arrows_is_found()
    {
        // "->" then white space is the method-call look-behind's own shape: each arrow is read once, not again per space.
        var text = "<?php\n" + Lines("$a->" + new string(' ', 4000) + "\n", 250) + "x;\n" + Call;

        Assert.Equal(new[] { $"src/Spaces.php({LineOf(text, Call)},1) CN1004 warning" }, Scan("src/Spaces.php", text));
    }

    [Fact]
    public void A_go_import_after_a_megabyte_of_unclosed_import_blocks_is_found()
    {
        const string Import = "import \"net/smtp\"\n";
        var text = "package main\n" + Lines("import (\n", 110_000) + Import;

        Assert.Equal(new[] { $"main.go({LineOf(text, Import)},9) CN1004 warning" }, Scan("main.go", text));
    }

    [Fact]
    public void A_javascript_import_after_a_megabyte_of_exports_without_from_is_found()
    {
        const string Import = "import nodemailer from 'nodemailer';\n";
        // nodemailer is the brick where the file also sends (createTransport), not where it only imports it.
        var text = Lines("export const a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8\n", 14_000) + Import + "nodemailer.createTransport({});\n";

        Assert.Equal(new[] { $"src/mail.js({LineOf(text, Import)},25) CN1004 warning" }, Scan("src/mail.js", text));
    }

    [Fact]
    public void A_host_after_a_megabyte_long_path_of_host_shaped_segments_is_found()
    {
        // a.b/a.b/…: the host matcher read the rest of the path again after each a.b (minutes for a megabyte).
        var value = string.Concat(Enumerable.Repeat("a.b/", 250_000));
        var text = "{ \"path\": \"" + value + "\", \"url\": \"https://api.sendgrid.com/v3\" }\n";

        Assert.Equal(new[] { $"appsettings.json(1,{text.IndexOf("api.sendgrid", StringComparison.Ordinal) + 1}) CN1004 warning" }, Scan("appsettings.json", text));
    }

    [Theory]
    [InlineData("mail($a);")]
    [InlineData("MAIL ($a);")]
    [InlineData("$x = mail\n(\n$a);")]
    [InlineData("$o->mail($a); $o -> mail($a); $o->\n  mail($a);")]
    [InlineData("A::mail($a); A :: mail($a);")]
    [InlineData("function mail($a) {} function &mail($a) {} function & mail($a) {} function&mail($a);")]
    [InlineData("functionmail($a); xfunction mail($a); new mail($a); new  Mail($a); newmail($a); renew mail($a);")]
    [InlineData("$mail($a); \\mail($a); email($a); mail_x($a); _mail($a); émail($a); mailer($a); mail;")]
    [InlineData("if (!mail($a)) {} return mail($a)?:mail($b); &mail($a); = & mail($a);")]
    [InlineData("mail")]
    [InlineData("mail   ")]
    [InlineData("(mail(mail(mail(")]
    public void Calls_are_the_ones_the_former_pattern_found(string code)
    {
        // The pattern the code replaces, as the oracle on short inputs, where its look-behinds cost nothing.
        var former = new Regex(@"(?<![\w$\\])(?<!->\s*)(?<!::\s*)(?<!\bfunction\s+&?\s*)(?<!\bnew\s+)mail\s*\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        var source = SourceTokenizer.Tokenize("<?php " + code, SourceSyntax.Php);

        Assert.Equal(former.Matches(source.Code).Select(m => m.Index), ImportFinder.Calls(source, "mail"));
    }

    private static IReadOnlyList<string> Scan(string path, string text)
    {
        Assert.InRange(Encoding.UTF8.GetByteCount(text), 900_000, TextFile.MaxBytes);
        using var repository = new ScratchRepository().Write(path, text);
        return repository.Findings();
    }

    private static string Lines(string line, int count) => new StringBuilder(line.Length * count).Insert(0, line, count).ToString();

    private static int LineOf(string text, string line) => text.Take(text.LastIndexOf(line, StringComparison.Ordinal)).Count(c => c == '\n') + 1;
}
