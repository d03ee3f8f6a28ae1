using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace Commons.Build.Tests
{
    /// <summary>
    /// The build's own word on a bypass: CN0904 when the analyzers did not run, CN0905 when the record was taken from
    /// them, once per project, at the project, in the build's language; nothing when all is in place.
    /// </summary>
    public sealed class CheckCommonsAnalysisTests
    {
        private const string Project = "/repo/src/App/App.csproj";
        private const string Record = "/repo/commons-decision.yml";

        private static CheckCommonsAnalysis Task(FakeBuildEngine engine, string? runAnalyzers = null, string? duringBuild = null, bool analyzer = true, bool record = true) => new CheckCommonsAnalysis
        {
            BuildEngine = engine,
            ProjectFile = Project,
            Language = "en",
            RunAnalyzers = runAnalyzers,
            RunAnalyzersDuringBuild = duringBuild,
            Analyzers = analyzer ? new ITaskItem[] { new TaskItem("/nuget/commons.analyzers/0.1.0/analyzers/dotnet/cs/Commons.Analyzers.dll") } : new ITaskItem[] { new TaskItem("/sdk/Microsoft.CodeAnalysis.NetAnalyzers.dll") },
            AdditionalFiles = record ? new ITaskItem[] { new TaskItem(Record, new System.Collections.Hashtable { ["CommonsRole"] = "record" }) } : new ITaskItem[] { new TaskItem("/repo/BannedSymbols.txt") },
            RecordPath = Record,
        };

        [Fact]
        public void Nothing_is_said_when_the_analyzers_ran_with_the_record()
        {
            var engine = new FakeBuildEngine();

            Assert.True(Task(engine, runAnalyzers: "true", duringBuild: "false").Execute());

            Assert.Empty(engine.Warnings);
        }

        [Fact]
        public void A_check_that_fails_says_so_in_a_warning_and_the_build_goes_on()
        {
            var engine = new FakeBuildEngine();
            var task = Task(engine);
            task.Analyzers = new ITaskItem[] { null! }; // an item list MSBuild would never pass: the check throws inside

            Assert.True(task.Execute());

            var warning = Assert.Single(engine.Warnings);
            Assert.Equal((null, Project), (warning.Code, warning.File));
            Assert.Equal("Commons could not check whether the brick analyzers ran on project App.csproj (NullReferenceException: Object reference not set to an instance of an object.): the build goes on, but nothing says they did.", warning.Message);
        }

        [Theory]
        [InlineData("false", null, "RunAnalyzers=false")]
        [InlineData(null, "false", "RunAnalyzersDuringBuild=false")]
        [InlineData("", "False", "RunAnalyzersDuringBuild=False")]
        public void Analyzers_turned_off_by_a_property_are_CN0904_at_the_project(string? run, string? duringBuild, string named)
        {
            var engine = new FakeBuildEngine();

            Assert.True(Task(engine, run, duringBuild).Execute());

            var warning = Assert.Single(engine.Warnings);
            Assert.Equal(("CN0904", Project), (warning.Code, warning.File));
            Assert.Contains("The brick analyzers did not run on project App.csproj: the property " + named + " turns the analyzers off.", warning.Message);
        }

        [Fact]
        public void The_package_analyzers_missing_from_the_compiler_are_CN0904_in_french_by_default()
        {
            var engine = new FakeBuildEngine();
            var task = Task(engine, analyzer: false);
            task.Language = null;

            Assert.True(task.Execute());

            var warning = Assert.Single(engine.Warnings);
            Assert.Equal("CN0904", warning.Code);
            Assert.Contains("la référence au paquet écarte ses analyseurs (Commons.Analyzers.dll", warning.Message);
        }

        [Fact]
        public void The_warning_links_to_the_in_house_rule_pages_when_CommonsHelpBaseUri_is_set()
        {
            var engine = new FakeBuildEngine();
            var task = Task(engine, record: false);
            task.HelpBaseUri = "https://intranet.example/commons/regles";

            Assert.True(task.Execute());

            Assert.Equal("https://intranet.example/commons/regles/CN0905.md", Assert.Single(engine.Warnings).HelpLink);
        }

        [Fact]
        public void The_record_removed_from_the_additional_files_is_CN0905()
        {
            var engine = new FakeBuildEngine();

            Assert.True(Task(engine, record: false).Execute());

            var warning = Assert.Single(engine.Warnings);
            Assert.Equal("CN0905", warning.Code);
            Assert.Contains("The decision record " + Record + " was removed from the AdditionalFiles of project App.csproj", warning.Message);
        }

        [Fact]
        public void The_record_listed_again_by_hand_still_counts_and_no_record_means_nothing_to_remove()
        {
            var listed = new FakeBuildEngine();
            var task = Task(listed, record: false);
            task.AdditionalFiles = new ITaskItem[] { new TaskItem(Record) };
            var none = new FakeBuildEngine();
            var without = Task(none, record: false);
            without.RecordPath = string.Empty;

            Assert.True(task.Execute());
            Assert.True(without.Execute());

            Assert.Empty(listed.Warnings);
            Assert.Empty(none.Warnings);
        }

        [Fact]
        public void Analyzers_off_is_said_once_not_twice_with_the_record()
        {
            var engine = new FakeBuildEngine();

            Assert.True(Task(engine, runAnalyzers: "false", record: false).Execute());

            Assert.Equal(new[] { "CN0904" }, engine.Warnings.Select(w => w.Code));
        }
    }
}
