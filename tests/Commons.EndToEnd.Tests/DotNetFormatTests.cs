using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// The code fix outside the IDE: <c>dotnet format analyzers</c> loads the package's code fixes and applies Fix All,
    /// which must write the exception into the record (once per brick) and leave the rest of the record as it was.
    /// </summary>
    public sealed class DotNetFormatTests
    {
        private const string Comment = "# Décidé en comité d'architecture le 3 mars\n";

        [Fact]
        public void dotnet_format_records_one_exception_per_brick_however_many_findings_and_keeps_the_record_layout()
        {
            var repo = new ThrowawayRepository("format").WithRecord(Comment + Records.Compliant);
            for (var i = 1; i <= 2; i++)
            {
                repo.Write(Path.Combine("src", "App", "Mailer" + i + ".cs"),
                    "namespace App { public sealed class Mailer" + i + " { public object Client() => new System.Net.Mail.SmtpClient(\"smtp.example.org\"); } }\n");
            }

            var format = DotNet.Run(repo.Root, PackageFeed.PackagesDirectory,
                "format", "analyzers", repo.ProjectPath(), "--diagnostics", "CN1004", "--severity", "warn", "-v", "diag");
            Assert.True(format.ExitCode == 0, format.ToString());
            Assert.DoesNotContain("doesn't support Fix All", format.Output);

            var record = File.ReadAllText(repo.RecordPath);
            Assert.StartsWith(Comment + Records.Compliant + "briques:\n  notifications:\n    choix: exception\n", record);
            Assert.Single(Regex.Matches(record, "notifications:"));
            Assert.Matches(new Regex(@"\n    echeance: \d{4}-\d{2}-\d{2}\n$"), record);

            // The exception is in force: the build no longer reports the brick (the placeholder justification is a record error until a person writes one).
            var build = repo.Build(null, Expect.Deterministic);
            Assert.DoesNotContain(build.Lines, l => l.Contains("CN1004"));
            // ...and the build says so, with the command that writes the reason and the echeance the fix wrote.
            var placeholder = Assert.Single(build.Lines.Where(l => l.Contains("error CN0014")).Select(l => Regex.Replace(l, @"^\d+>", string.Empty)).Distinct());
            Assert.Contains("briques.notifications.justification", placeholder);
            var echeance = Regex.Match(record, @"echeance: (\d{4}-\d{2}-\d{2})").Groups[1].Value;
            Assert.Contains("Write it with: commons exception add notifications --justification \"…\" --echeance " + echeance + " [", placeholder);
        }
    }
}
