using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Commons.Build.Tests
{
    /// <summary>
    /// A record's findings are printed in full once per build, whichever node checks it first (issue 22): two engines
    /// sharing a session are two MSBuild nodes of one build; an engine with another session is the next build.
    /// </summary>
    public sealed class OncePerBuildTests : IDisposable
    {
        private readonly TempRepository _repo = new TempRepository();

        private readonly System.Collections.Generic.List<FakeBuildEngine> _nodes = new System.Collections.Generic.List<FakeBuildEngine>();

        private string SessionProject => _repo.Write("Commons.BuildSession.proj", "<Project />");

        public void Dispose()
        {
            // The build ends on every node: their claims are deleted, as MSBuild's disposal of registered objects does.
            _nodes.ForEach(node => node.EndBuild());
            _repo.Dispose();
        }

        /// <summary>One MSBuild node of the build <paramref name="session"/>.</summary>
        private FakeBuildEngine Node(string project, string session)
        {
            var node = new FakeBuildEngine(project, session);
            _nodes.Add(node);
            return node;
        }

        private ValidateCommonsDecision Task(FakeBuildEngine engine, string recordPath) => new ValidateCommonsDecision
        {
            BuildEngine = engine,
            ProjectDirectory = Path.GetDirectoryName(recordPath),
            Language = "en",
            Today = "2026-11-28",
            SessionProject = SessionProject,
        };

        private static string NewSession() => Guid.NewGuid().ToString("N");

        [Fact]
        public void The_first_node_prints_the_findings_and_a_project_on_another_node_fails_with_one_CN0906_line()
        {
            var record = _repo.Write("commons-decision.yml", Records.Contradiction);
            var session = NewSession();
            var node1 = Node("/repo/src/A/A.csproj", session);
            var node2 = Node("/repo/src/B/B.csproj", session);

            Assert.False(Task(node1, record).Execute());
            Assert.False(Task(node2, record).Execute());

            Assert.True(node1.Errors.Count > 1);
            Assert.DoesNotContain(node1.Errors, e => e.Code == BuildRules.ReportedOnce);
            var once = Assert.Single(node2.Errors);
            Assert.Equal(BuildRules.ReportedOnce, once.Code);
            Assert.Equal(record, once.File);
            Assert.Equal(0, once.LineNumber);
            Assert.Equal("The decision record " + record + " has errors, printed in full once for the whole build, by the first project that checked it (see the lines above that start with this path): this project fails with them. Fix the record.", once.Message);
        }

        [Fact]
        public void The_session_project_is_built_at_its_canonical_path_with_no_inherited_global_property()
        {
            // The targets reach it from build/, buildTransitive/ or buildMultiTargeting/ ("build/../tasks/…"): one path, one instance.
            var record = _repo.Write("commons-decision.yml", Records.Contradiction);
            var node = Node("/repo/src/A/A.csproj", NewSession());
            var task = Task(node, record);
            var canonical = SessionProject;
            task.SessionProject = Path.Combine(_repo.Folder("buildTransitive"), "..", Path.GetFileName(canonical));

            Assert.False(task.Execute());

            Assert.Equal(canonical, node.BuiltProject);
            Assert.Equal(new[] { "Configuration", "TargetFramework" }, node.RemovedGlobalProperties!.OrderBy(p => p, StringComparer.Ordinal));
        }

        [Fact]
        public void A_missing_record_is_CN0001_once_naming_the_first_project_folder_and_CN0906_for_the_others()
        {
            var session = NewSession();
            var node1 = Node("/repo/src/A/A.csproj", session);
            var node2 = Node("/repo/src/B/B.csproj", session);
            var first = Task(node1, _repo.Path_("commons-decision.yml"));
            first.ProjectDirectory = _repo.Folder("src", "A");
            var second = Task(node2, _repo.Path_("commons-decision.yml"));
            second.ProjectDirectory = _repo.Folder("src", "B");

            Assert.False(first.Execute());
            Assert.False(second.Execute());

            Assert.Contains(_repo.Path_("src", "A"), Assert.Single(node1.Errors, e => e.Code == "CN0001").Message);
            Assert.Equal(BuildRules.ReportedOnce, Assert.Single(node2.Errors).Code);
        }

        [Fact]
        public void The_next_build_prints_the_findings_in_full_again()
        {
            var record = _repo.Write("commons-decision.yml", Records.Contradiction);
            var first = Node("/repo/src/A/A.csproj", NewSession());
            var next = Node("/repo/src/A/A.csproj", NewSession());

            Assert.False(Task(first, record).Execute());
            Assert.False(Task(next, record).Execute());

            Assert.Equal(first.Errors.Select(e => e.Message), next.Errors.Select(e => e.Message));
            Assert.DoesNotContain(next.Errors, e => e.Code == BuildRules.ReportedOnce);
        }

        [Fact]
        public void A_warning_is_printed_once_and_the_other_projects_build()
        {
            var record = _repo.Write("commons-decision.yml", Records.ExpiresSoon);
            var session = NewSession();
            var node1 = Node("/repo/src/A/A.csproj", session);
            var node2 = Node("/repo/src/B/B.csproj", session);

            Assert.True(Task(node1, record).Execute());
            var second = Task(node2, record);
            Assert.True(second.Execute());

            Assert.Equal("CN0202", Assert.Single(node1.Warnings).Code);
            Assert.Empty(node2.Warnings);
            Assert.Empty(node2.Errors);
            Assert.Equal(1, second.WarningCount);
            Assert.False(second.Clean); // a warning shows on every build: no stamp
            Assert.Contains(node2.Messages, m => m.Message == "Commons: " + record + ": 1 warning(s), already printed in this build by another project.");
        }

        [Fact]
        public void Warnings_made_errors_fail_every_project_and_print_once()
        {
            var record = _repo.Write("commons-decision.yml", Records.ExpiresSoon);
            var session = NewSession();
            var node1 = Node("/repo/src/A/A.csproj", session);
            var node2 = Node("/repo/src/B/B.csproj", session);
            var first = Task(node1, record);
            var second = Task(node2, record);
            first.TreatWarningsAsErrors = second.TreatWarningsAsErrors = "true";

            Assert.False(first.Execute());
            Assert.False(second.Execute());

            Assert.Equal("CN0202", Assert.Single(node1.Errors).Code);
            Assert.Equal(BuildRules.ReportedOnce, Assert.Single(node2.Errors).Code);
        }

        [Fact]
        public void A_record_edited_during_the_build_prints_its_new_findings_in_full()
        {
            var record = _repo.Write("commons-decision.yml", Records.Contradiction);
            var session = NewSession();
            var node1 = Node("/repo/src/A/A.csproj", session);
            var node2 = Node("/repo/src/B/B.csproj", session);
            Assert.False(Task(node1, record).Execute());

            File.WriteAllText(record, "version: 1\nprojet: [\n");
            Assert.False(Task(node2, record).Execute());

            Assert.Contains(node2.Errors, e => e.Code == "CN0002");
            Assert.DoesNotContain(node2.Errors, e => e.Code == BuildRules.ReportedOnce);
        }

        [Fact]
        public void Another_language_prints_its_own_text_in_full()
        {
            var record = _repo.Write("commons-decision.yml", Records.Contradiction);
            var session = NewSession();
            var english = Node("/repo/src/A/A.csproj", session);
            var french = Node("/repo/src/B/B.csproj", session);
            Assert.False(Task(english, record).Execute());
            var task = Task(french, record);
            task.Language = "fr";

            Assert.False(task.Execute());

            Assert.Contains(french.Errors, e => e.Code == "CN0102" && e.Message!.Contains("est choisi"));
            Assert.DoesNotContain(french.Errors, e => e.Code == BuildRules.ReportedOnce);
        }

        [Fact]
        public void The_claim_is_removed_when_the_build_ends()
        {
            var record = _repo.Write("commons-decision.yml", Records.Contradiction);
            var session = NewSession();
            var node = Node("/repo/src/A/A.csproj", session);
            var folder = Path.Combine(Path.GetTempPath(), "commons-analyzers", session);
            Assert.False(Task(node, record).Execute());
            Assert.Single(Directory.GetFiles(folder));

            node.EndBuild();

            Assert.False(Directory.Exists(folder));
        }

        [Fact]
        public void A_French_CN0906_in_a_French_build()
        {
            var record = _repo.Write("commons-decision.yml", Records.Contradiction);
            var session = NewSession();
            var first = Task(Node("/repo/src/A/A.csproj", session), record);
            var node2 = Node("/repo/src/B/B.csproj", session);
            var second = Task(node2, record);
            first.Language = second.Language = null;

            Assert.False(first.Execute());
            Assert.False(second.Execute());

            Assert.StartsWith("Le fichier de décision " + record + " contient des erreurs, affichées en entier une seule fois", Assert.Single(node2.Errors).Message);
        }
    }
}
