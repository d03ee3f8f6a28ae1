using System.Threading.Tasks;
using Xunit;
using Verify = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickHostAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>Hosts and URLs; api-ban (CN1007) in depth, then one host of every brick that has some.</summary>
    public class BrickHostAnalyzerTests
    {
        [Fact]
        public Task api_ban_a_literal_url_is_reported() => Verify.Run(@"
class Geo { string U() => {|CN1007:""https://api-adresse.data.gouv.fr/search/?q=paris""|}; }");

        [Fact]
        public Task api_ban_a_constant_is_reported_once_where_it_is_written() => Verify.Run(@"
class Geo
{
    const string Base = {|CN1007:""https://api-adresse.data.gouv.fr""|};
    System.Uri U() => new System.Uri(Base + ""/search"");
}");

        [Fact]
        public Task api_ban_an_interpolated_string_is_reported_on_its_text() => Verify.Run(@"
class Geo { string U(string q) => $""{|CN1007:https://api-adresse.data.gouv.fr/search/?q=|}{q}&limit=1""; }");

        [Fact]
        public Task api_ban_a_Uri_of_another_geocoder_is_reported() => Verify.Run(@"
class Geo
{
    System.Uri A() => new System.Uri({|CN1007:""https://nominatim.openstreetmap.org/search?format=json""|});
    System.Uri B() => new System.Uri({|CN1007:""https://maps.googleapis.com/maps/api/geocode/json""|});
    System.Uri C() => new System.Uri({|CN1007:""https://data.geopf.fr/geocodage/search""|});
}");

        [Fact]
        public Task api_ban_other_paths_of_the_same_hosts_are_not_reported() => Verify.Run(@"
class Maps
{
    string A() => ""https://maps.googleapis.com/maps/api/staticmap?center=Paris"";
    string B() => ""https://data.geopf.fr/wmts?SERVICE=WMTS"";
    string C() => ""https://data.geopf.fr/geocodage2"";
}");

        [Fact]
        public Task api_ban_look_alikes_are_not_reported() => Verify.Run(@"
class Geo
{
    // Before: https://api-adresse.data.gouv.fr/search (a host in a comment is not code)
    /// <summary>Calls api-adresse.data.gouv.fr no more.</summary>
    string Address() => ""12 rue de la Paix, 75002 Paris"";
    string Longer() => ""https://my-api-adresse.data.gouv.fr.example.org/search"";
    string Word() => ""xapi-adresse.data.gouv.fr"";
    string Mail() => ""contact@api-adresse.data.gouv.fr"";
}");

        [Fact]
        public Task The_integrations_the_policy_wants_are_not_reported() => Verify.Run(@"
class Integrations
{
    string Glpi() => ""https://glpi.example.gouv.fr/apirest.php/initSession"";
    string Ds() => ""https://www.demarches-simplifiees.fr/api/v2/graphql"";
}");

        [Fact]
        public Task The_most_specific_brick_wins_api_associations_over_api_entreprise() => Verify.Run(@"
class Data
{
    string A() => {|CN1009:""https://entreprise.api.gouv.fr/v4/djepva/api-association/associations/W123""|};
    string E() => {|CN1008:""https://entreprise.api.gouv.fr/v3/insee/sirene/unites_legales/130025265""|};
    string S() => {|CN1008:""https://recherche-entreprises.api.gouv.fr/search?q=dinum""|};
    string R() => {|CN1009:""https://entreprise.data.gouv.fr/api/rna/v1/id/W123""|};
}");

        [Fact]
        public Task Authentication_hosts_tell_which_brick() => Verify.Run(@"
class Auth
{
    string Agent() => {|CN1001:""https://auth.agentconnect.gouv.fr/api/v2""|};
    string AgentNew() => {|CN1001:""https://identite.proconnect.gouv.fr/.well-known/openid-configuration""|};
    string Public() => {|CN1002:""https://app.franceconnect.gouv.fr/api/v1/authorize""|};
    string PublicTest() => {|CN1002:""https://fcp-low.integ01.dev-franceconnect.fr""|};
    string AnyDev() => {|CN1002:""https://other.dev-franceconnect.fr""|};
}");

        [Fact]
        public Task Hosts_of_the_other_bricks_are_reported() => Verify.Run(@"
class Others
{
    string Mail() => {|CN1004:""https://api.sendgrid.com/v3/mail/send""|};
    string Bucket() => {|CN1005:""https://my-bucket.s3.amazonaws.com/file.pdf""|};
    string Region() => {|CN1005:""https://s3.eu-west-3.amazonaws.com""|};
    string Chorus() => {|CN1010:""https://api.piste.gouv.fr/cpro/factures/v1/deposer/flux""|};
    string PisteToken() => {|CN1010:""https://oauth.piste.gouv.fr/api/oauth/token""|};
    string Captcha() => {|CN1010:""https://www.google.com/recaptcha/api/siteverify""|};
    string Search() => ""https://www.google.com/search?q=recaptcha"";
}");

        [Fact]
        public Task An_active_exception_silences_the_host_an_expired_one_does_not() => Verify.Run(@"
class Geo
{
    string Ban() => ""https://api-adresse.data.gouv.fr/search"";
    string Mail() => {|CN1004:""https://api.sendgrid.com/v3/mail/send""|};
}", record: Records.With("  api-ban:\n    choix: exception\n    justification: Le service commun ne couvre pas encore le géocodage inverse\n    echeance: 2099-12-31\n  notifications:\n    choix: exception\n    justification: Le service commun ne couvre pas encore les envois de masse\n    echeance: 2020-01-31\n"));
    }
}
