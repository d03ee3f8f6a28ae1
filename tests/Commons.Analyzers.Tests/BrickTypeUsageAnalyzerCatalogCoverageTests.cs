using System.Linq;
using System.Threading.Tasks;
using Commons.Engine.Catalog;
using Xunit;
using Verify = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickTypeUsageAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>
    /// Every type signature of the catalog is detected, read from the catalog itself: a row added to
    /// rules/catalog.yml is covered here without a new test. Libraries that are not served to the testing
    /// library are stood in by a class of the same full name, which is what the analyzer matches.
    /// </summary>
    public class BrickTypeUsageAnalyzerCatalogCoverageTests
    {
        public static TheoryData<string, string> PlainTypes()
        {
            var data = new TheoryData<string, string>();
            foreach (var brick in BrickCatalog.Embedded.Bricks)
            {
                foreach (var type in brick.Signatures.Types.Where(IsPlainLibraryType))
                {
                    data.Add(brick.DiagnosticId, type);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(PlainTypes))]
        public Task Creating_a_catalog_type_is_reported_under_its_brick(string diagnosticId, string fullName)
        {
            var (ns, name) = Split(fullName);
            return Verify.Run($@"
class Use {{ object Make() => {{|{diagnosticId}:new {fullName}()|}}; }}
namespace {ns} {{ public class {name} {{ }} }}");
        }

        /// <summary>The bricks whose type signatures the data-driven test cannot stand in (generic, wildcard, System.*), each with a test of its own in this class.</summary>
        private static readonly string[] CoveredByTheirOwnTests = { "CN1007", "CN1011", "CN1013" };

        [Fact]
        public void Every_brick_with_type_signatures_is_covered_by_the_data_driven_test_or_its_own()
        {
            // Every brick that has type signatures (whatever their shape), against what the tests here exercise: a brick
            // whose types are all generic or wildcards, added without a test of its own, fails here.
            var withTypes = BrickCatalog.Embedded.Bricks.Where(b => b.Signatures.Types.Count > 0).Select(b => b.DiagnosticId).OrderBy(id => id, System.StringComparer.Ordinal);
            var covered = PlainTypes().Select(row => (string)row[0]).Concat(CoveredByTheirOwnTests).Distinct().OrderBy(id => id, System.StringComparer.Ordinal);

            Assert.Equal(withTypes, covered);
        }

        [Fact]
        public Task workflow_a_class_implementing_IWorkflow_of_T_is_reported() => Verify.Run(@"
class {|CN1011:Approval|} : WorkflowCore.Interface.IWorkflow<object>
{
    public string Id => ""approval"";
    public int Version => 1;
    public void Build(WorkflowCore.Interface.IWorkflowBuilder<object> builder) { }
}", References.WorkflowCore);

        [Fact]
        public Task workflow_any_Elsa_type_is_reported() => Verify.Run(@"
class Flows { object Make() => {|CN1011:new Elsa.Workflows.WorkflowBuilder()|}; }
namespace Elsa.Workflows { public class WorkflowBuilder { } }");

        [Fact]
        public Task namespace_patterns_match_whole_namespace_names_at_any_depth_below() => Verify.Run(@"
class Flows
{
    object Deep() => {|CN1011:new Elsa.Workflows.Runtime.Engine()|};
    object Prefix() => new ElsaLike.Workflows.Engine();
    object Sibling() => new OpenIddict.Client.Flow();
    object Above() => new OpenIddict.Flow();
    object Global() => new Engine();
}
class Engine { }
namespace Elsa.Workflows.Runtime { public class Engine { } }
namespace ElsaLike.Workflows { public class Engine { } }
namespace OpenIddict.Client { public class Flow { } }
namespace OpenIddict { public class Flow { } }");

        [Fact]
        public Task workflow_an_own_state_machine_named_workflow_is_not_reported() => Verify.Run(@"
namespace App { public sealed class WorkflowEngine { public string Next(string state) => state == ""draft"" ? ""sent"" : ""done""; } }");

        // Bot Builder is not served by the project's NuGet feed (its AdaptiveCards dependency is missing): a same-named stand-in.
        [Fact]
        public Task chatbot_a_bot_deriving_from_ActivityHandler_is_reported() => Verify.Run(@"
class {|CN1013:HelpBot|} : Microsoft.Bot.Builder.ActivityHandler { }
namespace Microsoft.Bot.Builder { public class ActivityHandler { } }");

        [Fact]
        public Task chatbot_a_class_named_Bot_without_the_framework_is_not_reported() => Verify.Run(@"
namespace App { public sealed class FaqBot { public string Answer(string q) => ""Voir la FAQ""; } }");

        [Fact]
        public Task api_ban_a_geocoder_is_reported() => Verify.Run(@"
class Addresses { object Geocoder() => {|CN1007:new Geocoding.Google.GoogleGeocoder()|}; }
namespace Geocoding.Google { public class GoogleGeocoder { } }");

        /// <summary>Types the default .NET references already define cannot be stood in; generic and wildcard rows have their own tests.</summary>
        private static bool IsPlainLibraryType(string type) =>
            !type.Contains('<') && !type.EndsWith("*") && !type.StartsWith("System.") && !type.StartsWith("Microsoft.AspNetCore.") && type.Contains('.');

        private static (string Namespace, string Name) Split(string fullName)
        {
            var dot = fullName.LastIndexOf('.');
            return (fullName.Substring(0, dot), fullName.Substring(dot + 1));
        }
    }
}
