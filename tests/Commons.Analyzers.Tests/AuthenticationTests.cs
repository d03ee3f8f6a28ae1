using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Hosts = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickHostAnalyzer>;
using Setups = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.AuthenticationSetupAnalyzer>;
using Usages = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickTypeUsageAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>
    /// authentification-agent (CN1001) and authentification-publique (CN1002), in depth: identity-provider setups,
    /// local identity, and the host that tells which brick.
    /// </summary>
    public class AuthenticationTests
    {
        [Fact]
        public Task A_cookie_login_without_a_provider_host_is_reported_under_the_group() => Setups.Run(@"
using Microsoft.Extensions.DependencyInjection;
class Startup { void C(IServiceCollection s) { {|CN1001:s.AddAuthentication().AddCookie()|}; } }", References.AspNetCore);

        [Fact]
        public Task An_OpenID_Connect_setup_to_FranceConnect_is_reported_once_as_public_authentication()
        {
            var test = new AnalyzerTest<BrickTypeUsageAnalyzer>(@"
using Microsoft.Extensions.DependencyInjection;
class Startup
{
    void C(IServiceCollection s) => s.AddAuthentication().AddOpenIdConnect(o => { o.Authority = {|CN1002:""https://app.franceconnect.gouv.fr/api/v1""|}; });
}", References.OpenIdConnect) { AllAnalyzers = true };
            return test.RunAsync();
        }

        [Fact]
        public Task An_OpenID_Connect_setup_to_ProConnect_is_reported_once_as_agent_authentication()
        {
            var test = new AnalyzerTest<BrickTypeUsageAnalyzer>(@"
using Microsoft.Extensions.DependencyInjection;
class Startup
{
    const string Authority = {|CN1001:""https://auth.agentconnect.gouv.fr/api/v2""|};
    void C(IServiceCollection s) => s.AddAuthentication().AddOpenIdConnect(o => o.Authority = Authority);
}", References.OpenIdConnect) { AllAnalyzers = true };
            return test.RunAsync();
        }

        [Fact]
        public Task An_OpenID_Connect_setup_to_another_provider_is_reported_on_the_setup() => Setups.Run(@"
using Microsoft.Extensions.DependencyInjection;
class Startup
{
    void C(IServiceCollection s) => {|CN1001:s.AddAuthentication().AddOpenIdConnect(o => o.Authority = ""https://keycloak.example.org/realms/app"")|};
}", References.OpenIdConnect);

        [Fact]
        public Task Local_identity_is_reported_password_hashers_user_managers_identity_registration() => Usages.Run(@"
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
public class User { }
class Accounts
{
    private readonly UserManager<User> {|CN1001:_users|};
    public Accounts(UserManager<User> {|CN1001:users|}) { _users = users; }
    string Hash(User u, string password) => {|CN1001:new PasswordHasher<User>()|}.HashPassword(u, password);
    void Register(IServiceCollection s) => {|CN1001:s.AddIdentityCore<User>()|};
}", References.AspNetCore);

        [Fact]
        public Task BCrypt_password_hashing_is_reported() => Usages.Run(@"
class Accounts { string Hash(string password) => {|CN1001:BCrypt.Net.BCrypt.HashPassword(password)|}; }", References.BCrypt);

        [Fact]
        public Task Pbkdf2_on_a_password_is_reported_on_other_keys_it_is_not() => Usages.Run(@"
using System.Security.Cryptography;
class Keys
{
    byte[] Password(string password, byte[] salt) => {|CN1001:Rfc2898DeriveBytes.Pbkdf2(password, salt, 100000, HashAlgorithmName.SHA256, 32)|};
    byte[] Key(string secret, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(secret, salt, 100000, HashAlgorithmName.SHA256, 32);
}");

        [Fact]
        public Task An_exception_for_either_authentication_brick_covers_local_identity() => Setups.Run(@"
using Microsoft.Extensions.DependencyInjection;
class Startup { void C(IServiceCollection s) { s.AddAuthentication().AddCookie(); } }", References.AspNetCore, Records.Exception("authentification-publique", "2099-12-31"));

        [Fact]
        public Task Local_identity_while_public_authentication_is_declared_commun_is_an_error_under_CN1002() => Setups.Run(@"
using Microsoft.Extensions.DependencyInjection;
class Startup { void C(IServiceCollection s) { {|#0:s.AddAuthentication().AddCookie()|}; } }",
            References.AspNetCore,
            Records.With("  authentification-publique: commun\n"),
            expected: new DiagnosticResult("CN1002", DiagnosticSeverity.Error).WithLocation(0));

        [Fact]
        public Task The_provider_repository_of_a_brick_is_not_reported()
        {
            var test = new Hosts(@"
class Provider { string U() => ""https://auth.agentconnect.gouv.fr/api/v2""; }", record: Records.With("  authentification-agent: fournisseur\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.CommonsVerifiedProviders = authentification-agent\n"));
            return test.RunAsync();
        }
    }
}
