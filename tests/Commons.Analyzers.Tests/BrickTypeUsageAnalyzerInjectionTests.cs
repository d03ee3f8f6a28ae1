using System.Threading.Tasks;
using Xunit;
using Verify = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickTypeUsageAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>
    /// A field, property or parameter of a brick type is an injection, however its type is written. The analyzer reads
    /// a type's members only when their declarations name a candidate type (InjectionNames): each way of writing a
    /// type that the filter must let through has its case here, and the look-alikes it lets through stay quiet.
    /// </summary>
    public class BrickTypeUsageAnalyzerInjectionTests
    {
        [Fact]
        public Task Simple_qualified_global_and_nullable_names_are_injections() => Verify.Run(@"
#nullable enable
using System.Net.Mail;
class Mailers
{
    private SmtpClient {|CN1004:_simple|} = null!;
    private System.Net.Mail.SmtpClient {|CN1004:_qualified|} = null!;
    private global::System.Net.Mail.SmtpClient {|CN1004:_global|} = null!;
    public SmtpClient? {|CN1004:Optional|} { get; set; }
    public void Send(SmtpClient? {|CN1004:client|}) { }
}");

        [Fact]
        public Task A_type_alias_in_the_file_or_in_a_namespace_is_an_injection() => Verify.Run(@"
using Mailer = System.Net.Mail.SmtpClient;
class Outer
{
    private Mailer {|CN1004:_mailer|} = null;
}
namespace App
{
    using Sender = System.Net.Mail.SmtpClient;
    class Inner
    {
        public Inner(Sender {|CN1004:sender|}) { }
    }
}");

        [Fact]
        public Task A_global_alias_declared_in_another_file_is_an_injection()
        {
            var test = new Verify(@"
class Notifications
{
    public Mailer {|CN1004:Client|} { get; } = null;
}");
            test.TestState.Sources.Add(("GlobalUsings.cs", "global using Mailer = System.Net.Mail.SmtpClient;"));
            return test.RunAsync();
        }

        [Fact]
        public Task A_type_of_a_namespace_pattern_named_through_a_using_is_an_injection() => Verify.Run(@"
using Amazon.S3.Model;
class Documents
{
    public PutObjectRequest {|CN1005:Pending|} { get; set; } = null;
    public void Store(GetObjectRequest {|CN1005:request|}) { }
}
namespace Amazon.S3.Model
{
    public class PutObjectRequest { }
    public class GetObjectRequest { }
}");

        [Fact]
        public Task A_nested_type_of_a_namespace_pattern_named_through_using_static_is_an_injection() => Verify.Run(@"
using static Elsa.Workflows.Activities;
class Flows
{
    private Step {|CN1011:_step|} = null;
}
namespace Elsa.Workflows
{
    public static class Activities { public class Step { } }
}");

        [Fact]
        public Task A_global_using_of_a_namespace_pattern_in_another_file_is_seen()
        {
            var test = new Verify(@"
class Documents
{
    private readonly CopyObjectRequest {|CN1005:_copy|} = null;
}");
            test.TestState.Sources.Add(("GlobalUsings.cs", @"
global using Amazon.S3.Model;
namespace Amazon.S3.Model { public class CopyObjectRequest { } }"));
            return test.RunAsync();
        }

        [Fact]
        public Task A_member_in_another_part_of_a_partial_type_is_an_injection()
        {
            var test = new Verify(@"
partial class Notifications
{
    private int _count;
}");
            test.TestState.Sources.Add(("Notifications.Mail.cs", @"
partial class Notifications
{
    private System.Net.Mail.SmtpClient {|CN1004:_client|} = null;
}"));
            return test.RunAsync();
        }

        [Fact]
        public Task Record_and_class_primary_constructor_parameters_are_injections() => Verify.Run(@"
using System.Net.Mail;
record Envelope(SmtpClient {|CN1004:Client|});
class Sender(SmtpClient {|CN1004:client|})
{
    public SmtpClient {|CN1004:Client|} => client;
}", references: References.Net80);

        [Fact]
        public Task Look_alikes_stay_quiet_a_generic_argument_an_array_and_a_homonym() => Verify.Run(@"
using System.Collections.Generic;
class Mailers
{
    private List<System.Net.Mail.SmtpClient> _pool = new();
    private System.Net.Mail.SmtpClient[] _clients = new System.Net.Mail.SmtpClient[0];
    private App.SmtpClient _settings = null;
}
namespace App { public class SmtpClient { public string Host { get; set; } = """"; } }");
    }
}
