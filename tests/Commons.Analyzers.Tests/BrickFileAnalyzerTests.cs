using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickFileAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>
    /// What the build sees beyond C#: a brick's host in the JSON configuration and a catalog package referenced by the
    /// project, at file and line, with the record's verdict. In a build the package marks the files with a role; here
    /// they are recognised by name, as files listed by hand are.
    /// </summary>
    public class BrickFileAnalyzerTests
    {
        private const string Code = "class C { }";

        [Fact]
        public Task A_brick_host_in_appsettings_is_reported_at_its_line_and_column()
        {
            var test = new Verify(Code);
            test.TestState.AdditionalFiles.Add(("appsettings.Production.json", "{\n  \"FranceConnect\": {\n    \"Authority\": \"https://oidc.franceconnect.gouv.fr/api/v2\"\n  }\n}\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1002", DiagnosticSeverity.Warning).WithSpan("appsettings.Production.json", 3, 27, 3, 60).WithMessage(
                "Brique commune « authentification-publique » (Authentification publique (interne + FranceConnect)) : l'adresse oidc.franceconnect.gouv.fr/api/v2 dans appsettings.Production.json la réimplémente. " +
                "Le composant commun n'est pas encore disponible : déclarez une exception pour « authentification-publique » dans commons-decision.yml (choix: exception, une justification et une echeance)"));
            return test.RunAsync();
        }

        [Fact]
        public Task A_catalog_package_reference_is_reported_where_it_is_declared_with_the_record_verdict()
        {
            var test = new Verify(Code, record: Records.With("  notifications: commun\n"));
            test.TestState.AdditionalFiles.Add(("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <PackageReference Include=\"Serilog\" Version=\"4.0.0\" />\n    <PackageReference Include=\"SendGrid\" Version=\"9.29.3\" />\n  </ItemGroup>\n</Project>\n"));
            test.TestState.AdditionalFiles.Add(("Directory.Build.props", "<Project>\n  <ItemGroup>\n    <PackageReference Include=\"AWSSDK.S3\" />\n  </ItemGroup>\n</Project>\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1004", DiagnosticSeverity.Error).WithSpan("App.csproj", 4, 32, 4, 40));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1005", DiagnosticSeverity.Warning).WithSpan("Directory.Build.props", 3, 32, 3, 41));
            return test.RunAsync();
        }

        [Fact]
        public Task A_global_package_reference_of_central_package_management_is_reported()
        {
            var test = new Verify(Code);
            test.TestState.AdditionalFiles.Add(("Directory.Packages.props", "<Project>\n  <ItemGroup>\n    <PackageVersion Include=\"Minio\" Version=\"6.0.0\" />\n    <GlobalPackageReference Include=\"SendGrid\" Version=\"9.29.3\" />\n  </ItemGroup>\n</Project>\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1004", DiagnosticSeverity.Warning).WithSpan("Directory.Packages.props", 4, 38, 4, 46));
            return test.RunAsync();
        }

        [Fact]
        public Task An_exception_in_force_silences_the_file_findings_too()
        {
            var test = new Verify(Code, record: Records.Exception("notifications", "2099-12-31"));
            test.TestState.AdditionalFiles.Add(("App.csproj", "<Project>\n  <ItemGroup><PackageReference Include=\"SendGrid\" /></ItemGroup>\n</Project>\n"));
            test.TestState.AdditionalFiles.Add(("appsettings.json", "{ \"Mail\": \"https://api.sendgrid.com/v3/mail/send\" }\n"));
            return test.RunAsync();
        }

        [Fact]
        public Task Look_alikes_stay_quiet()
        {
            var test = new Verify(Code);
            // A central version is not a reference; MailKit alone also reads mail; a host inside another word, an e-mail
            // domain and a documentation page are not the service.
            test.TestState.AdditionalFiles.Add(("Directory.Packages.props", "<Project>\n  <ItemGroup><PackageVersion Include=\"SendGrid\" Version=\"9.29.3\" /></ItemGroup>\n</Project>\n"));
            test.TestState.AdditionalFiles.Add(("App.csproj", "<Project>\n  <ItemGroup><PackageReference Include=\"MailKit\" /><PackageReference Include=\"SendGridLike\" /></ItemGroup>\n</Project>\n"));
            test.TestState.AdditionalFiles.Add(("appsettings.json", "{ \"Support\": \"support@franceconnect.gouv.fr\", \"Docs\": \"https://docs.example.org/api-adresse.data.gouv.fr.html\", \"Name\": \"myapi.sendgrid.company.example\" }\n"));
            // A JSON file that is not configuration of the project is not read (not handed over, not named appsettings).
            test.TestState.AdditionalFiles.Add(("fixtures.json", "{ \"url\": \"https://api.sendgrid.com\" }\n"));
            return test.RunAsync();
        }
    }
}
