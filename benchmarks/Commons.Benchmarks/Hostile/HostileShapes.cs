using System.Diagnostics;
using System.Text;
using Commons.Cli.Scan;
using Commons.Engine.Catalog;

namespace Commons.Benchmarks.Hostile
{
    /// <summary>
    /// <c>--hostile</c>: the time per MB of the host matcher and of each language's scan patterns on the shapes that
    /// made them quadratic (issue 21), at 10 KB, 100 KB, 1 MB and 4 MB. Linear work shows as a flat line; the unit tests
    /// count the matcher's steps (HostMatcherLinearityTests) and find the finding after each shape
    /// (QuadraticShapeScanTests), but never time anything.
    /// </summary>
    internal static class HostileShapes
    {
        private static readonly int[] Sizes = { 10_000, 100_000, 1_000_000, 4_000_000 };

        /// <summary>Host matcher shapes: what is repeated, and (for the text) what follows.</summary>
        private static readonly (string Name, string Unit)[] HostShapes =
        {
            ("a.b/ (one path)", "a.b/"),
            ("x.gouv.fr/ (catalog label, one path)", "x.gouv.fr/"),
            ("a.b. (one host-shaped run)", "a.b."),
            ("hosts and spaces", "x https://api-adresse.data.gouv.fr/search?q=1 "),
        };

        /// <summary>Each language's patterns (imports and calls) on its worst shape, the code already tokenized.</summary>
        private static readonly (string Language, SourceSyntax Syntax, string Prefix, string Unit, string Suffix)[] PatternShapes =
        {
            ("PHP", SourceSyntax.Php, "<?php\n/**\n", " * docblock line before the call\n", " */\nmail($a, $b, $c);\n"),
            ("PHP (arrows)", SourceSyntax.Php, "<?php\n", "$a->" + new string(' ', 60) + "\n", "mail($a);\n"),
            ("JavaScript", SourceSyntax.JavaScript, string.Empty, "export const a = 1, b = 2, c = 3\n", "import nodemailer from 'nodemailer';\n"),
            ("Python", SourceSyntax.Python, string.Empty, "import a, b, c, d, e, f\n", "import smtplib\n"),
            ("Java", SourceSyntax.Java, string.Empty, "import static a.b.c.D;\n", "import javax.mail.Session;\n"),
            ("Ruby", SourceSyntax.Ruby, string.Empty, "require   x\n", "require 'net/smtp'\n"),
            ("Go", SourceSyntax.Go, "package main\n", "import (\n", "import \"net/smtp\"\n"),
        };

        /// <summary>
        /// The C# pre-filter's text readers (what a file declares, whether it holds a catalog name) on the shapes that
        /// would make them read the same characters again: keywords with nothing after them.
        /// </summary>
        private static readonly (string Name, string Unit)[] CSharpShapes =
        {
            ("delegate without parenthesis", "delegate "),
            ("this after a parenthesis", "(this "),
            ("class without a name", "class "),
            ("generic method head", "M<" + new string('T', 60) + ">( this "),
            ("identifiers, none a key", "SmtpClientFactory MySmtpClient "),
        };

        public static int Run(TextWriter output)
        {
            var matcher = HostMatcher.For(BrickCatalog.Embedded);
            output.WriteLine("| Host matcher shape | " + string.Join(" | ", Sizes.Select(Label)) + " |");
            output.WriteLine("|---|" + string.Concat(Sizes.Select(_ => "---:|")));
            foreach (var (name, unit) in HostShapes)
            {
                output.WriteLine($"| {name} | " + string.Join(" | ", Sizes.Select(size => PerMegabyte(Repeat(string.Empty, unit, string.Empty, size), text => matcher.FindAll(text).Count))) + " |");
            }

            var calls = BrickCatalog.Embedded.Bricks.SelectMany(b => b.Signatures.Imports).Select(i => ImportSignature.TryParse(i, out var s) ? s : null).Where(s => s is { IsCall: true }).ToList();
            output.WriteLine();
            output.WriteLine("| Language (patterns only) | " + string.Join(" | ", Sizes.Select(Label)) + " |");
            output.WriteLine("|---|" + string.Concat(Sizes.Select(_ => "---:|")));
            foreach (var (language, syntax, prefix, unit, suffix) in PatternShapes)
            {
                var importLanguage = ImportFinder.LanguageOf(syntax)!;
                output.WriteLine($"| {language} | " + string.Join(" | ", Sizes.Select(size =>
                {
                    var source = SourceTokenizer.Tokenize(Repeat(prefix, unit, suffix, size), syntax);
                    return PerMegabyte(source.Text, _ => ImportFinder.Find(source, importLanguage).Count() + calls.Where(c => c!.Language == importLanguage).Sum(c => ImportFinder.Calls(source, c!.Module).Count()));
                })) + " |");
            }

            var keys = new IdentifierKeys(new[] { "SmtpClient", "HashPassword", "Duende", "AddOpenIdConnect" });
            output.WriteLine();
            output.WriteLine("| C# pre-filter shape (declared names + identifier keys) | " + string.Join(" | ", Sizes.Select(Label)) + " |");
            output.WriteLine("|---|" + string.Concat(Sizes.Select(_ => "---:|")));
            foreach (var (name, unit) in CSharpShapes)
            {
                output.WriteLine($"| {name} | " + string.Join(" | ", Sizes.Select(size => PerMegabyte(Repeat(string.Empty, unit, string.Empty, size), text => DeclaredNames.Of(text).Count + (keys.AnyIn(text) ? 1 : 0)))) + " |");
            }

            return 0;
        }

        private static string Label(int size) => size >= 1_000_000 ? $"{size / 1_000_000} MB" : $"{size / 1000} KB";

        private static string Repeat(string prefix, string unit, string suffix, int size)
        {
            var text = new StringBuilder(size + unit.Length + suffix.Length).Append(prefix);
            while (text.Length + suffix.Length < size)
            {
                text.Append(unit);
            }

            return text.Append(suffix).ToString();
        }

        /// <summary>
        /// The median CPU time per MB (ms; the process's, so a loaded machine's waiting is not counted) over runs adding up
        /// to half a second at least (5 runs at least), and what was found.
        /// </summary>
        private static string PerMegabyte(string text, Func<string, int> work)
        {
            var found = work(text); // warm: the JIT and the patterns' first compilation are not the shape's cost
            var samples = new List<double>();
            var total = Stopwatch.StartNew();
            while (samples.Count < 5 || (total.ElapsedMilliseconds < 1000 && samples.Count < 1000))
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                if (work(text) != found)
                {
                    throw new InvalidOperationException("the same text gave two results");
                }

                samples.Add((Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds);
            }

            return (Measure.Median(samples) * 1_000_000 / text.Length).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + $" ({found})";
        }
    }
}
