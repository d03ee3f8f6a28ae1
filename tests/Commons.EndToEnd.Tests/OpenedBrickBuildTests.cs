using System.IO;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// CN0211 in a real build: the check reads the record with the shipped catalog extended by the repository's
    /// commons-catalog.yml (beside the record), and that file is an input of the incremental check.
    /// </summary>
    public sealed class OpenedBrickBuildTests
    {
        private const string NotificationsException = Records.Compliant +
            "briques:\n" +
            "  notifications:\n" +
            "    choix: exception\n" +
            "    justification: Le service d'envoi commun n'était pas disponible au lancement du projet.\n" +
            "    echeance: 2027-03-31\n";

        [Fact]
        public void Opening_a_brick_in_the_organisation_catalog_reruns_the_check_and_reports_CN0211()
        {
            var repo = new ThrowawayRepository("opened").WithRecord(NotificationsException);
            var catalog = repo.Write("commons-catalog.yml", "version: 1\nbricks:\n  - id: notifications\n    status: planned\n");

            // The brick still planned: a far exception is clean, the check writes its stamp, and the next build skips it.
            Expect.ExitCode(repo.Build(null, Expect.Deterministic), 0);
            var noOp = repo.Build(null, Expect.Deterministic);
            Expect.ExitCode(noOp, 0);
            Assert.Contains("Skipping target \"CommonsValidateDecisionRecord\" because all output files are up-to-date", noOp.Output);
            Assert.DoesNotContain("Task \"ValidateCommonsDecision\"", noOp.Output); // the catalog adds no task to a no-op build

            // The organisation opens it: the catalog is newer than the stamp, the check runs and reports the exception.
            File.WriteAllText(catalog, "version: 1\nbricks:\n  - id: notifications\n    status: available\n    common: { package: Gouv.Notifications, namespace: Gouv.Notifications }\n");
            var opened = repo.Build(null, Expect.Deterministic);

            Expect.ExitCode(opened, 0);
            Expect.Line(opened, repo.RecordPath, 12, 12, "warning", "CN0211",
                "The brick 'notifications' has opened: its common component is Gouv.Notifications (namespace Gouv.Notifications). The exception must migrate to it by its echeance, 2027-03-31 (in 123 days)",
                repo.ProjectPath());
            Assert.Equal(1, Expect.ReportsOf(opened, "CN0211"));
        }
    }
}
