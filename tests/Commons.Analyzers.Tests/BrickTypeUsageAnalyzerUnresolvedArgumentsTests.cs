using System.Threading.Tasks;
using Xunit;
using Verify = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickTypeUsageAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>
    /// Detection does not depend on the arguments binding: when an argument does not resolve (a package never restored,
    /// a line being typed), the compiler gives an invalid operation, and the created or called type is reported all the same.
    /// </summary>
    public class BrickTypeUsageAnalyzerUnresolvedArgumentsTests
    {
        [Fact]
        public Task A_creation_whose_argument_does_not_resolve_is_reported() => Verify.Run(@"
using System.Net.Mail;
class Mailer { void Send() { using var client = {|CN1004:new SmtpClient({|CS0103:options|}.Host, 25)|}; } }");

        [Fact]
        public Task A_target_typed_creation_whose_argument_does_not_resolve_is_reported() => Verify.Run(@"
using System.Net.Mail;
class Mailer { void Send() { SmtpClient client = {|CN1004:new({|CS0103:options|}.Host, 25)|}; } }");

        [Fact]
        public Task A_creation_with_too_many_arguments_is_reported() => Verify.Run(@"
using System.Net.Mail;
class Mailer { void Send(string host) { var client = {|CN1004:new {|CS1729:SmtpClient|}(host, 25, true)|}; } }");

        [Fact]
        public Task A_static_call_whose_argument_does_not_resolve_is_reported() => Verify.Run(@"
class Export { void Write(string path) { using var doc = {|CN1003:Sheets.XLWorkbookFactory.Create(path, {|CS0103:settings|}.Template)|}; } }
namespace Sheets { public class XLWorkbookFactory : System.IDisposable { public static XLWorkbookFactory Create(string path, int template) => null!; public void Dispose() { } } }",
            catalog: "version: 1\nbricks:\n  - id: statistiques\n    signatures:\n      types: [Sheets.XLWorkbookFactory]\n");

        [Fact]
        public Task A_member_call_whose_argument_does_not_resolve_is_reported() => Verify.Run(@"
class Hasher { string Hash(string password) => {|CN1001:Vault.Passwords.Hash(password, {|CS0103:options|}.Rounds)|}; }
namespace Vault { public static class Passwords { public static string Hash(string value, int rounds) => value; } }",
            catalog: "version: 1\nbricks:\n  - id: authentification-agent\n    signatures:\n      members: [Vault.Passwords.Hash]\n");

        [Fact]
        public Task A_registration_whose_argument_does_not_resolve_is_reported() => Verify.Run(@"
using Microsoft.Extensions.DependencyInjection;
class Startup { void Configure(IServiceCollection services) { {|CN1004:services.AddSingleton<System.Net.Mail.SmtpClient>({|CS0103:options|}.Factory)|}; } }
namespace Microsoft.Extensions.DependencyInjection
{
    public interface IServiceCollection { }
    public static class Registrations { public static IServiceCollection AddSingleton<T>(this IServiceCollection services, System.Func<object, T> factory) => services; }
}");

        [Fact]
        public Task Look_alikes_with_unresolved_arguments_stay_quiet() => Verify.Run(@"
using System.Net.Mail;
public class SmtpSettings { public SmtpSettings(string host) { } }
class Mailer
{
    void Configure()
    {
        var settings = new SmtpSettings({|CS0103:options|}.Host);
        var address = new MailAddress({|CS0103:options|}.From);
        var text = string.Join({|CS0103:separator|}, ""a"", ""b"");
        {|CS0103:Unknown|}.Create({|CS0103:options|});
    }
}");
    }
}
