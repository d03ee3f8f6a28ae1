using System;
using System.IO;
using System.Linq;
using Commons.Engine.Findings;
using Xunit;

namespace Commons.Build.Tests
{
    public sealed class ValidateCommonsDecisionTests
    {
        /// <summary>A task for a project in the record's folder (found by the walk), or, when configured, one naming it.</summary>
        private static ValidateCommonsDecision Task(FakeBuildEngine engine, string recordPath, bool configured = false) => new ValidateCommonsDecision
        {
            BuildEngine = engine,
            ProjectDirectory = configured ? Path.GetTempPath() : Path.GetDirectoryName(recordPath),
            DecisionFile = configured ? recordPath : null,
            Language = "en",
            Today = "2026-11-28",
        };

        [Fact]
        public void A_finding_is_logged_as_an_error_with_file_line_column_code_and_help_link()
        {
            using var repo = new TempRepository();
            var record = repo.Write("commons-decision.yml", Records.Contradiction);
            var engine = new FakeBuildEngine();
            var task = Task(engine, record);

            Assert.False(task.Execute());

            var error = Assert.Single(engine.Errors, e => e.Code == "CN0102");
            Assert.Equal(record, error.File);
            Assert.Equal(9, error.LineNumber);
            Assert.Equal(13, error.ColumnNumber);
            Assert.Equal(HelpLinks.For("CN0102"), error.HelpLink);
            Assert.Contains("Démarches Simplifiées", error.Message);
            Assert.False(task.Clean);
            Assert.Equal(engine.Errors.Count, task.ErrorCount);
        }

        [Theory]
        [InlineData("https://intranet.example/commons/regles", "https://intranet.example/commons/regles/CN0102.md")]
        [InlineData("https://gitlab.example/dnum/commons/-/blob/main/docs/rules/", "https://gitlab.example/dnum/commons/-/blob/main/docs/rules/CN0102.md")]
        public void CommonsHelpBaseUri_points_the_help_links_at_an_in_house_copy_of_the_rule_pages(string setting, string expected)
        {
            using var repo = new TempRepository();
            var engine = new FakeBuildEngine();
            var task = Task(engine, repo.Write("commons-decision.yml", Records.Contradiction));
            task.HelpBaseUri = setting;

            Assert.False(task.Execute());
            Assert.Equal(expected, Assert.Single(engine.Errors, e => e.Code == "CN0102").HelpLink);
        }

        [Fact]
        public void A_help_base_that_is_not_an_address_is_refused_with_CN0902_and_the_published_pages_are_linked()
        {
            using var repo = new TempRepository();
            var engine = new FakeBuildEngine();
            var task = Task(engine, repo.Write("commons-decision.yml", Records.Contradiction));
            task.HelpBaseUri = "docs internes";

            Assert.False(task.Execute());
            Assert.Contains("CommonsHelpBaseUri", Assert.Single(engine.Errors, e => e.Code == "CN0902").Message);
            Assert.Equal(HelpLinks.BaseUri + "CN0102.md", Assert.Single(engine.Errors, e => e.Code == "CN0102").HelpLink);
        }

        [Fact]
        public void A_compliant_record_logs_nothing_and_is_clean()
        {
            using var repo = new TempRepository();
            var engine = new FakeBuildEngine();
            var task = Task(engine, repo.Write("commons-decision.yml", Records.Compliant));

            Assert.True(task.Execute());
            Assert.Empty(engine.Errors);
            Assert.Empty(engine.Warnings);
            Assert.True(task.Clean);
        }

        [Fact]
        public void A_record_not_found_by_the_walk_names_the_folders_searched_and_how_to_create_one()
        {
            using var repo = new TempRepository();
            var expected = repo.Path_("commons-decision.yml");
            var engine = new FakeBuildEngine();
            var task = Task(engine, expected);
            task.ProjectDirectory = repo.Folder("src", "App");

            Assert.False(task.Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("CN0001", error.Code);
            Assert.Equal(expected, error.File);
            Assert.Equal(1, error.LineNumber);
            Assert.Contains(repo.Path_("src", "App"), error.Message);
            Assert.Contains("commons init", error.Message);
            Assert.Contains(".git", error.Message);
        }

        [Fact]
        public void A_record_beyond_the_repository_root_is_not_used()
        {
            // The targets find the nearest record without the boundary (cheap, for the analyzers); the check must not
            // accept the outer repository's record for a project of a nested one (a submodule, a vendored repository).
            using var repo = new TempRepository();
            repo.Write("commons-decision.yml", Records.Compliant);
            repo.Folder("vendor", "Lib", ".git");
            var engine = new FakeBuildEngine();
            var task = Task(engine, repo.Path_("commons-decision.yml"));
            task.ProjectDirectory = repo.Folder("vendor", "Lib", "src");

            Assert.False(task.Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("CN0001", error.Code);
            Assert.Equal(repo.Path_("vendor", "Lib", "commons-decision.yml"), error.File);
        }

        [Theory]
        [InlineData("en", " is a folder, where the decision record should be a file of that name. Rename or move that folder, then create the record at this path with 'commons init'")]
        [InlineData("fr", " est un dossier, là où le fichier de décision de ce nom est attendu. Renommez ou déplacez ce dossier, puis créez le fichier à cet emplacement avec « commons init »")]
        public void A_folder_at_the_record_path_is_said_to_be_a_folder_in_the_run_language(string language, string expected)
        {
            using var repo = new TempRepository();
            var folder = repo.Folder("commons-decision.yml");
            var engine = new FakeBuildEngine();
            var task = Task(engine, folder);
            task.ProjectDirectory = repo.Folder("src", "App");
            task.Language = language;

            Assert.False(task.Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("CN0001", error.Code);
            Assert.Equal(folder, error.File);
            Assert.StartsWith(folder + expected, error.Message);
        }

        [Fact]
        public void A_configured_record_that_does_not_exist_is_CN0001_at_that_path()
        {
            using var repo = new TempRepository();
            var configured = repo.Path_("docs", "decision.yml");
            var engine = new FakeBuildEngine();

            Assert.False(Task(engine, configured, configured: true).Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("CN0001", error.Code);
            Assert.Contains(configured, error.Message);
        }

        [Fact]
        public void The_opt_out_is_a_warning_that_names_the_property_and_the_project_and_checks_nothing()
        {
            // The engine's "project" is the file holding the task element (our .targets): the parameter must win.
            var engine = new FakeBuildEngine("/packages/commons.analyzers/build/Commons.Analyzers.targets");
            var task = Task(engine, "/nowhere/commons-decision.yml");
            task.ProjectFile = "/repo/src/Portail/Portail.csproj";
            task.Enforcement = "false";

            Assert.True(task.Execute());

            Assert.Empty(engine.Errors);
            var warning = Assert.Single(engine.Warnings);
            Assert.Equal(BuildRules.EnforcementDisabled, warning.Code);
            Assert.Contains("CommonsEnforcement", warning.Message);
            Assert.Contains("Portail.csproj", warning.Message);
            Assert.Equal("/repo/src/Portail/Portail.csproj", warning.File);
            Assert.Equal(HelpLinks.For("CN0901"), warning.HelpLink);
        }

        [Fact]
        public void A_record_warning_stays_a_warning_by_default()
        {
            using var repo = new TempRepository();
            var engine = new FakeBuildEngine();
            var task = Task(engine, repo.Write("commons-decision.yml", Records.ExpiresSoon));

            Assert.True(task.Execute());

            Assert.Empty(engine.Errors);
            Assert.Equal("CN0202", Assert.Single(engine.Warnings).Code);
            Assert.False(task.Clean); // a warning must show on every build: no stamp
        }

        [Fact]
        public void CommonsTreatWarningsAsErrors_turns_the_record_warnings_into_errors()
        {
            using var repo = new TempRepository();
            var engine = new FakeBuildEngine();
            var task = Task(engine, repo.Write("commons-decision.yml", Records.ExpiresSoon));
            task.TreatWarningsAsErrors = "true";

            Assert.False(task.Execute());

            Assert.Empty(engine.Warnings);
            var error = Assert.Single(engine.Errors);
            Assert.Equal("CN0202", error.Code);
            Assert.Equal(14, error.LineNumber);
        }

        [Fact]
        public void Without_a_build_session_the_node_cache_prints_the_findings_once_and_the_next_project_fails_with_CN0906()
        {
            using var repo = new TempRepository();
            var record = repo.Write("commons-decision.yml", Records.Contradiction);
            var engine = new FakeBuildEngine("/repo/src/A/A.csproj");

            Assert.False(Task(engine, record).Execute());
            var reported = engine.Errors.Count;
            Assert.True(reported > 1, "the contradiction record has several findings");

            engine.ProjectFileOfTaskNode = "/repo/src/B/B.csproj";
            var second = Task(engine, record);
            Assert.False(second.Execute()); // B fails too, in one line, and does not parse the record again
            Assert.Equal(reported + 1, engine.Errors.Count);
            var once = engine.Errors.Last();
            Assert.Equal(BuildRules.ReportedOnce, once.Code);
            Assert.Equal(record, once.File);
            Assert.Contains(record, once.Message);
            Assert.Equal(1, engine.Registrations);
            Assert.Equal(reported, second.ErrorCount);
        }

        [Fact]
        public void A_clean_record_from_the_cache_is_clean_for_the_next_project_too()
        {
            using var repo = new TempRepository();
            var record = repo.Write("commons-decision.yml", Records.Compliant);
            var engine = new FakeBuildEngine();
            Assert.True(Task(engine, record).Execute());

            var second = Task(engine, record);
            Assert.True(second.Execute());
            Assert.True(second.Clean);
            Assert.Equal(1, engine.Registrations);
        }

        [Fact]
        public void A_record_changed_during_the_build_is_checked_again()
        {
            using var repo = new TempRepository();
            var record = repo.Write("commons-decision.yml", Records.Contradiction);
            var engine = new FakeBuildEngine();
            Assert.False(Task(engine, record).Execute());

            File.WriteAllText(record, Records.Compliant);
            File.SetLastWriteTimeUtc(record, DateTime.UtcNow.AddMinutes(1));
            var task = Task(engine, record);

            Assert.True(task.Execute());
            Assert.True(task.Clean);
            Assert.Equal(2, engine.Registrations);
        }

        [Theory]
        [InlineData("Today", "28/11/2026", "CommonsToday")]
        [InlineData("Language", "de", "CommonsLanguage")]
        [InlineData("Enforcement", "maybe", "CommonsEnforcement")]
        [InlineData("TreatWarningsAsErrors", "yes", "CommonsTreatWarningsAsErrors")]
        public void An_unusable_property_is_CN0902_naming_it(string parameter, string value, string property)
        {
            using var repo = new TempRepository();
            var engine = new FakeBuildEngine();
            var task = Task(engine, repo.Write("commons-decision.yml", Records.Compliant));
            typeof(ValidateCommonsDecision).GetProperty(parameter)!.SetValue(task, value);

            Assert.False(task.Execute());

            var error = Assert.Single(engine.Errors, e => e.Code == BuildRules.InvalidSetting);
            Assert.Contains(property, error.Message);
            Assert.Contains(value, error.Message);
        }

        [Theory]
        [InlineData("/nowhere/at/all", "\0bad")]
        [InlineData("\0bad", null)]
        [InlineData("/nowhere/at/all", "   ")]
        [InlineData("/nowhere/at/all", "../../../../../../../../../../..")]
        public void Any_input_is_reported_never_thrown(string projectDirectory, string? decisionFile)
        {
            var engine = new FakeBuildEngine();
            var task = Task(engine, "/nowhere/commons-decision.yml");
            task.ProjectDirectory = projectDirectory;
            task.DecisionFile = decisionFile;

            var result = task.Execute();

            Assert.False(result);
            Assert.NotEmpty(engine.Errors);
            Assert.All(engine.Errors, e => Assert.StartsWith("CN0", e.Code));
        }

        [Fact]
        public void Messages_are_logged_verbatim_even_with_braces()
        {
            using var repo = new TempRepository();
            var record = repo.Write("commons-decision.yml", "version: 1\nprojet: {nom: {0}\n");
            var engine = new FakeBuildEngine();

            Assert.False(Task(engine, record).Execute());

            Assert.NotEmpty(engine.Errors);
            Assert.All(engine.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        }

        [Fact]
        public void French_is_the_default_language()
        {
            var engine = new FakeBuildEngine();
            var task = Task(engine, "/nowhere/at/all/commons-decision.yml");
            task.Language = null;

            Assert.False(task.Execute());

            Assert.Contains("Aucun fichier commons-decision.yml", Assert.Single(engine.Errors).Message);
        }
    }
}
