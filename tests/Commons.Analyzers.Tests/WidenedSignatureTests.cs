using System.Threading.Tasks;
using Xunit;
using Hosts = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickHostAnalyzer>;
using Verify = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickTypeUsageAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>
    /// Libraries used through their interfaces, namespaces and derived bases, where the library is the brick; and the
    /// look-alikes the catalog decides are not (docs/catalog.md, "What is a brick's signature, and what is not").
    /// Stand-ins of the same full names take the place of the libraries.
    /// </summary>
    public class WidenedSignatureTests
    {
        [Fact]
        public Task ged_S3_injected_through_IAmazonS3_and_its_requests_are_reported() => Verify.Run(@"
class Documents
{
    private readonly Amazon.S3.IAmazonS3 {|CN1005:_s3|};
    public Documents(Amazon.S3.IAmazonS3 {|CN1005:s3|}) { _s3 = s3; }
    object Put(string key) => {|CN1005:new Amazon.S3.Model.PutObjectRequest { BucketName = ""docs"", Key = key }|};
}
namespace Amazon.S3 { public interface IAmazonS3 { } }
namespace Amazon.S3.Model { public class PutObjectRequest { public string BucketName { get; set; } = """"; public string Key { get; set; } = """"; } }");

        [Fact]
        public Task ged_MinIO_through_IMinioClient_and_its_arguments_is_reported() => Verify.Run(@"
class Documents
{
    public Documents(Minio.IMinioClient {|CN1005:minio|}) { }
    object Args() => {|CN1005:new Minio.DataModel.Args.PutObjectArgs()|};
}
namespace Minio { public interface IMinioClient { } }
namespace Minio.DataModel.Args { public class PutObjectArgs { } }");

        [Fact]
        public Task ged_Google_Cloud_Storage_and_blob_storage_abstractions_are_reported() => Verify.Run(@"
class Documents
{
    object Client() => {|CN1005:Google.Cloud.Storage.V1.StorageClient.Create()|};
    public Documents(FluentStorage.Blobs.IBlobStorage {|CN1005:blobs|}) { }
}
namespace Google.Cloud.Storage.V1 { public abstract class StorageClient { public static StorageClient Create() => null!; } }
namespace FluentStorage.Blobs { public interface IBlobStorage { } }");

        [Fact]
        public Task chatbot_Teams_handlers_and_Bot_Framework_adapters_are_reported() => Verify.Run(@"
using Microsoft.Bot.Builder.Integration.AspNet.Core;
class {|CN1013:TeamsBot|} : Microsoft.Bot.Builder.Teams.TeamsActivityHandler { }
class BotController
{
    public BotController(IBotFrameworkHttpAdapter {|CN1013:adapter|}) { }
    object Adapter() => {|CN1013:new CloudAdapter()|};
}
namespace Microsoft.Bot.Builder.Teams { public class TeamsActivityHandler { } }
namespace Microsoft.Bot.Builder.Integration.AspNet.Core { public interface IBotFrameworkHttpAdapter { } public class CloudAdapter { } }");

        [Fact]
        public Task A_class_deriving_from_a_library_class_that_derives_from_a_brick_type_is_reported()
        {
            // CompanyBot lives in another assembly (a company's shared library): its base is found through it.
            var test = new Verify(@"class {|CN1013:HelpBot|} : Company.Bots.CompanyBot { }");
            test.TestState.AdditionalProjects["Company.Bots"].Sources.Add(("CompanyBot.cs", @"
namespace Microsoft.Bot.Builder.Teams { public class TeamsActivityHandler { } }
namespace Company.Bots { public class CompanyBot : Microsoft.Bot.Builder.Teams.TeamsActivityHandler { } }"));
            test.TestState.AdditionalProjectReferences.Add("Company.Bots");
            // The stand-in library is analysed too: its own class is reported there, once, as the library's code.
            test.ExpectedDiagnostics.Add(
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CN1013", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithSpan("CompanyBot.cs", 3, 39, 3, 49));
            return test.RunAsync();
        }

        [Fact]
        public Task A_base_declared_in_source_is_reported_once_on_itself_not_on_each_derived_class() => Verify.Run(@"
class {|CN1004:BaseMailer|} : System.Net.Mail.SmtpClient { }
class WelcomeMailer : BaseMailer { }
class ReminderMailer : WelcomeMailer { }");

        [Fact]
        public Task tableaux_de_bord_Power_BI_embedding_is_reported() => Verify.Run(@"
class Dashboards { object Client() => {|CN1012:new Microsoft.PowerBI.Api.PowerBIClient()|}; }
namespace Microsoft.PowerBI.Api { public class PowerBIClient { } }");

        [Fact]
        public Task tableaux_de_bord_an_embedded_report_address_is_reported() => Hosts.Run(@"
class Dashboards { string Url(string id) => $""{|CN1012:https://app.powerbi.com/reportEmbed?reportId=|}{id}""; }");

        [Fact]
        public Task Look_alikes_are_not_reported() => Verify.Run(@"
class Inbox { void Read() { using var client = new MailKit.Net.Imap.ImapClient(); } }
class Invoices { object Render() => QuestPDF.Fluent.Document.Create(); }
class Settings { public S3Settings S3 { get; set; } = new S3Settings(); }
public class S3Settings { public string Bucket { get; set; } = """"; }
namespace App.Storage { public interface IBlobStorage { } public class DiskStorage : IBlobStorage { } }
class Uses { public Uses(App.Storage.IBlobStorage storage) { } }
class HelpDesk : App.Bots.BotBase { }
namespace App.Bots { public class BotBase { } }
namespace MailKit.Net.Imap { public class ImapClient : System.IDisposable { public void Dispose() { } } }
namespace QuestPDF.Fluent { public class Document { public static Document Create() => new Document(); } }");

        [Fact]
        public Task Look_alike_addresses_are_not_reported() => Hosts.Run(@"
class Links
{
    string Help() => ""https://learn.microsoft.com/power-bi/developer/embedded/"";
    string Name() => ""Power BI"";
    string Blog() => ""https://powerbi.microsoft.com/blog/"";
}");
    }
}
