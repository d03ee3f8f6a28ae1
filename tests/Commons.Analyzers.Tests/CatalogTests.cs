using System.Linq;
using System.Threading.Tasks;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Catalog = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.CatalogFileAnalyzer>;
using Hosts = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickHostAnalyzer>;
using Usages = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickTypeUsageAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>The embedded catalog, an organisation's commons-catalog.yml, and its problems (CN1901, CN1902).</summary>
    public class CatalogTests
    {
        private static readonly string[] SpecBricks =
        {
            "authentification-agent", "authentification-publique", "statistiques", "notifications", "ged", "publipostage",
            "api-ban", "api-entreprise", "api-associations", "api-piste", "workflow", "tableaux-de-bord", "chatbot",
        };

        /// <summary>
        /// The bricks of the policy's table are in the catalog, each with its names and its rule. The catalog may hold
        /// more (a brick added later); that each ID is kept forever is checked against release tracking (BrickChecklist).
        /// </summary>
        [Fact]
        public void Every_brick_of_the_spec_is_in_the_catalog_with_its_rule()
        {
            var catalog = BrickCatalog.Embedded;
            Assert.Equal(SpecBricks, catalog.Bricks.Select(b => b.Id).Where(SpecBricks.Contains));
            foreach (var brick in catalog.Bricks)
            {
                Assert.Equal(brick.DiagnosticId, Descriptors.ByBrick[brick.Id].Id);
                Assert.False(string.IsNullOrWhiteSpace(brick.Name.French));
                Assert.False(string.IsNullOrWhiteSpace(brick.Name.English));
            }
        }

        [Fact]
        public void Every_row_of_the_spec_table_has_signatures()
        {
            var catalog = BrickCatalog.Embedded;
            foreach (var id in SpecBricks.Except(new[] { "tableaux-de-bord" }))
            {
                var brick = catalog.Find(id)!;
                Assert.False(brick.Signatures.IsEmpty, id);
            }

            var identity = Assert.Single(catalog.Groups);
            Assert.Contains("Microsoft.AspNetCore.Identity.PasswordHasher<TUser>", identity.Signatures.Types);
            Assert.Contains("BCrypt.Net-Next", identity.Signatures.Packages);
            Assert.Contains("System.Net.Mail.SmtpClient", catalog.Find("notifications")!.Signatures.Types);
            Assert.Contains("api-adresse.data.gouv.fr", catalog.Find("api-ban")!.Signatures.Hosts);
        }

        [Theory]
        [InlineData("https://api-adresse.data.gouv.fr/search", "api-ban")]
        [InlineData("see HTTPS://API-ADRESSE.DATA.GOUV.FR.", "api-ban")]
        [InlineData("https://bucket.s3.amazonaws.com", "ged")]
        [InlineData("https://s3.eu-west-3.amazonaws.com/x", "ged")]
        [InlineData("https://a.b.dev-franceconnect.fr", "authentification-publique")]
        [InlineData("https://proconnect.gouv.fr:443/x", "authentification-agent")]
        [InlineData("https://api.mapbox.com/geocoding/v5", "api-ban")]
        public void The_host_matcher_finds_hosts_and_path_prefixes(string text, string brick)
        {
            var match = Assert.Single(HostMatcher.For(BrickCatalog.Embedded).FindAll(text));
            Assert.Equal(brick, match.Owner);
        }

        [Theory]
        [InlineData("https://api.mapbox.com/styles/v1")]
        [InlineData("dev-franceconnect.fr")]
        [InlineData("s3.amazonaws.com.example.org")]
        [InlineData("noreply@api.sendgrid.com")]
        [InlineData("api_sendgrid.com")]
        public void The_host_matcher_ignores_look_alikes(string text) =>
            Assert.Empty(HostMatcher.For(BrickCatalog.Embedded).FindAll(text));

        [Fact]
        public Task Adding_a_type_signature_needs_no_code() => Usages.Run(@"
namespace Acme.Mail { public class Sender { } }
class Use { object M() => {|CN1004:new Acme.Mail.Sender()|}; }",
            catalog: "version: 1\nbricks:\n  - id: notifications\n    signatures:\n      types: [Acme.Mail.Sender]\n");

        [Fact]
        public Task A_type_of_the_same_name_under_another_root_namespace_is_not_the_brick() => Usages.Run(@"
namespace Vendor.System.Net.Mail { public class SmtpClient { } }
namespace Vendor.Amazon.S3.Model { public class PutObjectRequest { } }
class Use
{
    object M() => new Vendor.System.Net.Mail.SmtpClient();
    object N() => new Vendor.Amazon.S3.Model.PutObjectRequest();
    object O() => {|CN1004:new global::System.Net.Mail.SmtpClient()|};
}");

        [Fact]
        public Task Adding_a_host_signature_needs_no_code() => Hosts.Run(@"
class Use { string U() => {|CN1007:""https://geo.acme.example/v1/search""|}; }",
            catalog: "version: 1\nbricks:\n  - id: api-ban\n    signatures:\n      hosts: [geo.acme.example/v1]\n");

        [Fact]
        public Task A_brick_made_available_points_to_its_common_component() => Usages.Run(
            "class Use { object M() => {|#0:new System.Net.Mail.SmtpClient()|}; }",
            catalog: "version: 1\nbricks:\n  - id: notifications\n    status: available\n    common:\n      package: Gouv.Notifications\n      namespace: Gouv.Notifications\n",
            expected: new DiagnosticResult(Descriptors.ByBrick["notifications"]).WithLocation(0).WithMessage(
                "Brique commune « notifications » (Notifications (envois emails)) : la création de System.Net.Mail.SmtpClient la réimplémente. Utilisez plutôt le composant commun Gouv.Notifications (espace de noms Gouv.Notifications)"));

        [Fact]
        public async Task Malformed_entries_are_reported_on_their_line_and_the_valid_ones_still_apply()
        {
            const string catalog = "version: 1\nbricks:\n  - id: notifications\n    signatures:\n      types: [\"not a type!\"]\n  - id: inconnue\n    status: planned\n  - id: api-ban\n    statuss: available\n  - id: ged\n    status: available\n  - id: statistiques\n    signatures:\n      hosts: [\"http://\"]\n  - id: workflow\n    signatures:\n      types: [Acme.Flow.Engine]\n";
            var test = new AnalyzerTest<CatalogFileAnalyzer>("namespace Acme.Flow { public class Engine { } }\nclass Use { object M() => {|#9:new Acme.Flow.Engine()|}; }", catalog: catalog) { AllAnalyzers = true }
                .WithBuildProperties(("CommonsLanguage", "en"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1011", DiagnosticSeverity.Warning).WithLocation(9));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CatalogMalformed).WithLocation("commons-catalog.yml", 5, 15).WithMessage(Malformed("'not a type!' is not a fully qualified name (Namespace.Type, Namespace.Type<T>, Namespace.* or Namespace.Type.Member)")));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CatalogUnknownBrick).WithLocation("commons-catalog.yml", 6, 9).WithMessage("Organisation catalog (commons-catalog.yml): 'inconnue' is not a brick of the policy (known: " + string.Join(", ", BrickCatalog.Embedded.Ids) + "); the entry is ignored"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CatalogMalformed).WithLocation("commons-catalog.yml", 9, 5).WithMessage(Malformed("unknown key 'statuss' (allowed: id, name-fr, name-en, diagnostic, status, common, signatures)")));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CatalogMalformed).WithLocation("commons-catalog.yml", 10, 9).WithMessage(Malformed("the brick 'ged' is marked available but names no common component (common: package, namespace)")));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CatalogMalformed).WithLocation("commons-catalog.yml", 14, 15).WithMessage(Malformed("'http://' is not a host pattern (host, host/path, *.domain)")));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("version: 1\nbricks: [\n")]
        [InlineData("- a\n- b\n")]
        [InlineData("version: 2\n")]
        [InlineData("version: 1\nbricks: 3\n")]
        [InlineData("version: 1\nbricks:\n  - &x {id: ged}\n  - *x\n")]
        public async Task An_unreadable_catalog_is_a_diagnostic_never_a_crash(string catalog)
        {
            var test = new AnalyzerTest<CatalogFileAnalyzer>("class C { object M() => {|#0:new System.Net.Mail.SmtpClient()|}; }", catalog: catalog) { AllAnalyzers = true };
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1004", DiagnosticSeverity.Warning).WithLocation(0));
            var problems = BrickCatalog.Embedded.WithOrganisationFile(catalog, "commons-catalog.yml").Problems;
            Assert.NotEmpty(problems);
            foreach (var problem in problems)
            {
                test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CatalogMalformed).WithLocation("commons-catalog.yml", problem.Position.Line, problem.Position.Column).WithMessage(null));
            }

            await test.RunAsync();
        }

        private static string Malformed(string detail) => "Organisation catalog (commons-catalog.yml): " + detail + "; the entry is ignored";
    }
}
