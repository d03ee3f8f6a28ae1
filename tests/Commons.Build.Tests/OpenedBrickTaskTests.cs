using System.IO;
using Xunit;

namespace Commons.Build.Tests
{
    /// <summary>
    /// CN0211 in the build: the task checks the record against the shipped catalog extended by the commons-catalog.yml
    /// beside it, as commons check and the scan do, and the node's cache of checked records tells the two catalogs apart.
    /// </summary>
    public sealed class OpenedBrickTaskTests
    {
        private const string OpensNotifications =
            "version: 1\n" +
            "bricks:\n" +
            "  - id: notifications\n" +
            "    status: available\n" +
            "    common: { package: Gouv.Notifications, namespace: Gouv.Notifications }\n";

        /// <summary>A notifications exception (its 'choix' value at (12,12)) ending on <paramref name="echeance"/>.</summary>
        private static string NotificationsException(string echeance) => Records.Compliant +
            "briques:\n" +
            "  notifications:\n" +
            "    choix: exception\n" +
            "    justification: Le service d'envoi commun n'était pas disponible au lancement du projet.\n" +
            "    echeance: " + echeance + "\n";

        private static ValidateCommonsDecision Task(FakeBuildEngine engine, string recordPath) => new ValidateCommonsDecision
        {
            BuildEngine = engine,
            ProjectDirectory = Path.GetDirectoryName(recordPath),
            Language = "en",
            Today = "2026-11-28",
        };

        [Fact]
        public void An_exception_for_a_brick_the_organisation_opened_is_a_CN0211_warning()
        {
            using var repo = new TempRepository();
            var record = repo.Write("commons-decision.yml", NotificationsException("2027-03-31"));
            repo.Write("commons-catalog.yml", OpensNotifications);
            var engine = new FakeBuildEngine();
            var task = Task(engine, record);

            Assert.True(task.Execute());

            var warning = Assert.Single(engine.Warnings);
            Assert.Equal("CN0211", warning.Code);
            Assert.Equal(record, warning.File);
            Assert.Equal(12, warning.LineNumber);
            Assert.Equal(12, warning.ColumnNumber);
            Assert.Equal("The brick 'notifications' has opened: its common component is Gouv.Notifications (namespace Gouv.Notifications). The exception must migrate to it by its echeance, 2027-03-31 (in 123 days): use the component, then declare the brick 'commun'.", warning.Message);
            Assert.Empty(engine.Errors);
            Assert.False(task.Clean);
        }

        [Fact]
        public void Past_its_echeance_it_is_a_CN0211_error_and_not_CN0201()
        {
            using var repo = new TempRepository();
            var record = repo.Write("commons-decision.yml", NotificationsException("2026-10-31"));
            repo.Write("commons-catalog.yml", OpensNotifications);
            var engine = new FakeBuildEngine();

            Assert.False(Task(engine, record).Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("CN0211", error.Code);
            Assert.Equal("The brick 'notifications' has opened and the exception's echeance, 2026-10-31, has passed (28 days ago): use its common component Gouv.Notifications (namespace Gouv.Notifications) now and declare the brick 'commun'.", error.Message);
            Assert.Empty(engine.Warnings);
        }

        [Fact]
        public void A_catalog_added_during_the_build_is_not_hidden_by_the_nodes_cache()
        {
            using var repo = new TempRepository();
            var record = repo.Write("commons-decision.yml", NotificationsException("2027-03-31"));
            var node = new FakeBuildEngine();
            var before = Task(node, record);
            Assert.True(before.Execute());
            Assert.True(before.Clean);

            repo.Write("commons-catalog.yml", OpensNotifications);
            var after = Task(node, record);

            Assert.True(after.Execute());
            Assert.Equal("CN0211", Assert.Single(node.Warnings).Code);
            Assert.False(after.Clean);
        }
    }
}
