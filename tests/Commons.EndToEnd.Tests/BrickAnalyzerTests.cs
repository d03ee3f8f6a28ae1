using System.IO;
using System.Linq;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// The analyzers as users get them: loaded by the compiler from the package's analyzers/dotnet/cs/ (with the
    /// engine and YamlDotNet beside them), reading the record the package hands over as an additional file.
    /// </summary>
    public sealed class BrickAnalyzerTests
    {
        private const string NotificationsException =
            "briques:\n" +
            "  notifications:\n" +
            "    choix: exception\n" +
            "    justification: Le service d'envoi commun n'est pas encore ouvert sur notre hébergement.\n" +
            "    echeance: 2027-06-30\n";

        [Fact]
        public void An_SmtpClient_is_flagged_until_the_record_holds_an_exception_and_is_an_error_under_commun()
        {
            var repo = new ThrowawayRepository("smtp").WithRecord(Records.Compliant);
            var mailer = repo.Write(Path.Combine("src", "App", "Mailer.cs"), Sources.Mailer);

            var undeclared = repo.Build(null, Expect.Deterministic);
            Expect.ExitCode(undeclared, 0);
            Expect.Line(undeclared, mailer, 7, 32, "warning", "CN1004", "notifications", repo.ProjectPath());
            AssertAnalyzersLoaded(undeclared);

            repo.WithRecord(Records.Compliant + NotificationsException);
            var exempted = repo.Build(null, Expect.Deterministic);
            Expect.ExitCode(exempted, 0);
            Assert.DoesNotContain(exempted.Lines, l => l.Contains("CN1004"));
            AssertAnalyzersLoaded(exempted);

            repo.WithRecord(Records.Compliant + "briques:\n  notifications: commun\n");
            var contradicted = repo.Build(null, Expect.Deterministic);
            Expect.ExitCode(contradicted, 1);
            Expect.Line(contradicted, mailer, 7, 32, "error", "CN1004", "notifications", repo.ProjectPath());
        }

        [Fact]
        public void CommonsHelpBaseUri_points_the_analyzers_help_links_at_the_in_house_rule_pages()
        {
            var repo = new ThrowawayRepository("help-links").WithRecord(Records.Compliant);
            repo.Write(Path.Combine("src", "App", "Mailer.cs"), Sources.Mailer);
            var log = repo.Path_("errors.sarif");

            var build = repo.Build(null, "-p:CommonsToday=2026-11-28", "-p:CommonsHelpBaseUri=https://intranet.example/commons/regles/", "-p:ErrorLog=" + log + ",version=2.1");

            Expect.ExitCode(build, 0);
            Assert.Contains(build.Lines, l => l.Contains("warning CN1004"));
            // The compiler's SARIF log carries each reported rule's help link.
            var sarif = File.ReadAllText(log);
            Assert.Contains("\"helpUri\": \"https://intranet.example/commons/regles/CN1004.md\"", sarif);
            Assert.DoesNotContain("docs/rules/CN1004.md", sarif);
        }

        [Fact]
        public void A_record_named_by_CommonsDecisionFile_reaches_the_analyzers_whatever_its_name()
        {
            var repo = new ThrowawayRepository("configured").WithRecord(Records.Compliant + "briques:\n  notifications: commun\n", "policy/decision.yml");
            var mailer = repo.Write(Path.Combine("src", "App", "Mailer.cs"), Sources.Mailer);

            var result = repo.Build(null, "-p:CommonsToday=2026-11-28", "-p:CommonsLanguage=en", "-p:CommonsDecisionFile=../../policy/decision.yml");

            // An error, not a warning: the analyzers read "notifications: commun" from policy/decision.yml.
            Expect.ExitCode(result, 1);
            Expect.Line(result, mailer, 7, 32, "error", "CN1004", "notifications", repo.ProjectPath());
            AssertAnalyzersLoaded(result);
        }

        private static void AssertAnalyzersLoaded(DotNetResult result)
        {
            // CS8032: an analyzer could not be loaded; AD0001: an analyzer threw. Either means users get no checks.
            Assert.DoesNotContain(result.Lines, l => l.Contains("CS8032") || l.Contains("AD0001") || l.Contains("CS8033"));
        }
    }
}
