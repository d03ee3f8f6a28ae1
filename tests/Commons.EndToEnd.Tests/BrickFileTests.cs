using System.IO;
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
