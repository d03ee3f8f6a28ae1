using System.Collections.Immutable;
using System.Text;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Commons.Benchmarks.Corpus
{
    /// <summary>
    /// A reference assembly standing in for the brick libraries (MailKit, AWSSDK.S3, ClosedXML, BCrypt.Net...):
    /// every type and member of the catalog resolves in the corpus, as in an application that references them all.
    /// That is the analyzers' worst case: a signature whose library is not referenced costs nothing.
    /// The types the corpus calls have the members it calls; the others are empty classes.
    /// </summary>
    internal static class BrickStubs
    {
        private const string Written = """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            namespace MailKit.Net.Smtp
            {
                public class SmtpClient : IDisposable
                {
                    public void Connect(string host, int port, bool useSsl) { }
                    public void Authenticate(string user, string password) { }
                    public void Send(object message) { }
                    public void Disconnect(bool quit) { }
                    public void Dispose() { }
                }
            }
            namespace Amazon.S3
            {
                public class AmazonS3Client : IDisposable
                {
                    public AmazonS3Client() { }
                    public AmazonS3Client(string accessKey, string secretKey) { }
                    public Task PutObjectAsync(string bucket, string key, Stream content) => Task.CompletedTask;
                    public Task<Stream> GetObjectAsync(string bucket, string key) => Task.FromResult<Stream>(Stream.Null);
                    public void Dispose() { }
                }
            }
            namespace ClosedXML.Excel
            {
                public interface IXLCell { object? Value { get; set; } }
                public interface IXLWorksheet { IXLCell Cell(int row, int column); }
                public class XLWorkbook : IDisposable
                {
                    public IXLWorksheet AddWorksheet(string name) => throw new NotSupportedException();
                    public void SaveAs(Stream stream) { }
                    public void Dispose() { }
                }
            }
            namespace BCrypt.Net
            {
                public static class BCrypt
                {
                    public static string HashPassword(string inputKey, int workFactor = 11) => inputKey;
                    public static string EnhancedHashPassword(string inputKey) => inputKey;
                    public static bool Verify(string text, string hash) => text == hash;
                }
            }
            namespace WorkflowCore.Interface
            {
                public interface IWorkflowBuilder<TData> { IWorkflowBuilder<TData> StartWith(Action<TData> step); IWorkflowBuilder<TData> Then(Action<TData> step); }
                public interface IWorkflow<TData> { string Id { get; } int Version { get; } void Build(IWorkflowBuilder<TData> builder); }
                public interface IWorkflow { string Id { get; } int Version { get; } }
                public interface IWorkflowHost { void Start(); void Stop(); }
            }
            namespace Microsoft.Bot.Builder
            {
                public abstract class ActivityHandler
                {
                    protected virtual Task OnMessageActivityAsync(object turnContext, System.Threading.CancellationToken cancellationToken) => Task.CompletedTask;
                }
            }
            namespace System.IdentityModel.Tokens.Jwt
            {
                public class JwtSecurityTokenHandler
                {
                    public string WriteToken(object token) => string.Empty;
                    public object CreateToken(object descriptor) => descriptor;
                    public string CreateEncodedJwt(object descriptor) => string.Empty;
                }
            }
            namespace Microsoft.AspNetCore.Authentication.OpenIdConnect
            {
                public class OpenIdConnectOptions
                {
                    public string? Authority { get; set; }
                    public string? ClientId { get; set; }
                    public string? ClientSecret { get; set; }
                    public string? ResponseType { get; set; }
                }
            }
            namespace Microsoft.Extensions.DependencyInjection
            {
                using Microsoft.AspNetCore.Authentication;
                using Microsoft.AspNetCore.Authentication.OpenIdConnect;
                public static class OpenIdConnectExtensions
                {
                    public static AuthenticationBuilder AddOpenIdConnect(this AuthenticationBuilder builder, Action<OpenIdConnectOptions> configure) => builder;
                }
                public static class JwtBearerExtensions
                {
                    public static AuthenticationBuilder AddJwtBearer(this AuthenticationBuilder builder, Action<object> configure) => builder;
                }
            }
            """;

        private static readonly Lazy<MetadataReference> Assembly = new(Build);

        public static MetadataReference Reference => Assembly.Value;

        private static MetadataReference Build()
        {
            var framework = FrameworkReferences.Get();
            var sources = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Written, CorpusCompilation.ParseOptions, path: "Stubs.cs") };
            var written = CSharpCompilation.Create("Probe", sources, framework);
            var probe = CSharpCompilation.Create("Probe", null, framework);
            var extra = new StringBuilder();
            foreach (var (type, isNamespace) in CatalogTypes())
            {
                if (isNamespace)
                {
                    var ns = SymbolNames.NamespaceOf(type);
                    extra.Append("namespace ").Append(ns).Append(".Core { public class Engine").Append(extra.Length).AppendLine(" { } }");
                    continue;
                }

                var metadataName = SymbolNames.ToMetadataName(type);
                if (probe.GetTypesByMetadataName(metadataName).Length > 0 || written.GetTypesByMetadataName(metadataName).Length > 0)
                {
                    continue; // the framework or the written stubs have it (System.Net.Mail.SmtpClient, UserManager<TUser>...)
                }

                var dot = type.LastIndexOf('.', type.IndexOf('<') < 0 ? type.Length - 1 : type.IndexOf('<'));
                extra.Append("namespace ").Append(type, 0, dot).Append(" { public class ").Append(type.Substring(dot + 1))
                    .AppendLine(" { public static void Run(params object[] a) { } } }");
            }

            sources.Add(CSharpSyntaxTree.ParseText(extra.ToString(), CorpusCompilation.ParseOptions, path: "CatalogStubs.cs"));
            var compilation = CSharpCompilation.Create("BrickLibraries", sources, framework, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                throw new InvalidOperationException("brick stubs do not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            return MetadataReference.CreateFromImage(image.ToArray());
        }

        /// <summary>Every type of the catalog's signatures (types, and the types that hold its members), bricks and groups.</summary>
        public static IEnumerable<(string Type, bool IsNamespace)> CatalogTypes()
        {
            var catalog = BrickCatalog.Embedded;
            var sets = catalog.Bricks.Select(b => b.Signatures).Concat(catalog.Groups.Select(g => g.Signatures));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var set in sets)
            {
                foreach (var type in set.Types)
                {
                    if (seen.Add(type))
                    {
                        yield return (type, SymbolNames.IsNamespacePattern(type));
                    }
                }

                foreach (var member in set.Members.Concat(set.PasswordMembers).Concat(set.Setups))
                {
                    var type = SymbolNames.SplitMember(member).Type;
                    if (seen.Add(type))
                    {
                        yield return (type, false);
                    }
                }
            }
        }
    }
}
