using System.IO;
using System.Linq;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// The build reports what <c>commons scan</c> reports beyond C#: a brick's host in the project's appsettings*.json
    /// and a catalog package where the project declares it, at file and line (the package hands the files to the
    /// analyzers as AdditionalFiles with a role, as it does the record).
    /// </summary>
    public sealed class BrickFileTests
    {
        [Fact]
        public void A_brick_host_in_appsettings_is_a_build_finding_at_its_line()
        {
            var repo = new ThrowawayRepository("config").WithRecord(Records.Compliant);
            var settings = repo.Write(Path.Combine("src", "App", "appsettings.json"),
                "{\n  \"Adresse\": {\n    \"BaseUrl\": \"https://api-adresse.data.gouv.fr/search/\"\n  }\n}\n");

            var result = repo.Build(null, Expect.Deterministic);

            Expect.ExitCode(result, 0);
            Expect.Line(result, settings, 3, 25, "warning", "CN1007", "the address api-adresse.data.gouv.fr/search/ in appsettings.json", repo.ProjectPath());
        }

        [Fact]
        public void A_configuration_file_the_project_already_lists_is_handed_over_once_and_reported_once()
        {
            // The package adds appsettings*.json, the project file and Directory.Build.props only where the project
            // does not list them already: the compiler is given each file once, and the finding is printed once.
            var repo = new ThrowawayRepository("config-listed").WithRecord(Records.Compliant);
            var settings = repo.Write(Path.Combine("src", "App", "appsettings.json"),
                "{\n  \"Adresse\": {\n    \"BaseUrl\": \"https://api-adresse.data.gouv.fr/search/\"\n  }\n}\n");
            repo.Write(Path.Combine("src", "App", "App.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
                "  <PropertyGroup>\n" +
                "    <TargetFramework>net10.0</TargetFramework>\n" +
                "  </PropertyGroup>\n" +
                "  <ItemGroup>\n" +
                "    <AdditionalFiles Include=\"appsettings.json\" />\n" +
                "  </ItemGroup>\n" +
                "</Project>\n");

            var result = repo.Build(null, Expect.Deterministic);

            Expect.ExitCode(result, 0);
            Expect.Line(result, settings, 3, 25, "warning", "CN1007", "the address api-adresse.data.gouv.fr/search/ in appsettings.json", repo.ProjectPath());
            Assert.Equal(1, Expect.ReportsOf(result, "warning CN1007"));

            var items = DotNet.Run(repo.Root, PackageFeed.PackagesDirectory, "msbuild", repo.ProjectPath(), "-getItem:AdditionalFiles", "-p:CommonsToday=2026-11-28");
            Expect.ExitCode(items, 0);
            var files = System.Text.Json.JsonDocument.Parse(items.Output).RootElement.GetProperty("Items").GetProperty("AdditionalFiles")
                .EnumerateArray().Select(item => Path.GetFileName(item.GetProperty("FullPath").GetString()!)).ToList();
            Assert.Equal(1, files.Count(f => f == "appsettings.json"));
            Assert.Equal(1, files.Count(f => f == "App.csproj"));
            Assert.Equal(1, files.Count(f => f == "commons-decision.yml"));
        }

        [Fact]
        public void A_catalog_package_is_a_build_finding_in_the_file_that_declares_it()
        {
            // The organisation's catalog names a package this test can restore: the analyzers' own.
            var repo = new ThrowawayRepository("packages").WithRecord(Records.Compliant + "briques:\n  workflow: commun\n");
            repo.Write("commons-catalog.yml", "version: 1\nbricks:\n  - id: workflow\n    signatures:\n      packages: [Commons.Analyzers]\n");
            repo.Write(Path.Combine("src", "App", "App.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
                "  <PropertyGroup>\n" +
                "    <TargetFramework>net10.0</TargetFramework>\n" +
                "  </PropertyGroup>\n" +
                "  <ItemGroup>\n" +
                "    <AdditionalFiles Include=\"../../commons-catalog.yml\" />\n" +
                "  </ItemGroup>\n" +
                "</Project>\n");

            var result = repo.Build(null, Expect.Deterministic);

            Expect.ExitCode(result, 1);
            Expect.Line(result, repo.Path_("Directory.Build.props"), 3, 32, "error", "CN1011", "the package Commons.Analyzers in Directory.Build.props", repo.ProjectPath());
        }
    }
}
