namespace Commons.Cli.Tests.Ecosystems;

/// <summary>
/// A brick's host that is only listed (a Content-Security-Policy directive, a CORS allow-list, a list of known
/// domains) is not a use of the service; the same host in a call still is.
/// </summary>
public class ListedHostTests
{
    [Fact]
    public void Security_header_directives_and_allow_lists_in_code_give_no_finding()
    {
        using var repository = new ScratchRepository()
            .Write("config/initializers/content_security_policy.rb", """
                api_adresse = "api-adresse.data.gouv.fr"
                Rails.application.config.content_security_policy do |policy|
                  policy.connect_src :self, api_adresse, "app.franceconnect.gouv.fr"
                end
                """)
            .Write("server/cors.js", """
                const allowedOrigins = [
                  "https://api-adresse.data.gouv.fr",
                ];
                """)
            .Write("next.config.ts", """
                export default withSecurityHeaders({
                  csp: {
                    'connect-src': [
                      "'self'",
                      'https://api-adresse.data.gouv.fr', // the allowlist of a comment is not one
                    ],
                  },
                });
                """)
            .Write("app/lib/domains.rb", """
                KNOWN = [
                  'laposte.net',
                  'franceconnect.gouv.fr',
                  'entreprise.api.gouv.fr',
                  'orange.fr',
                ]
                """)
            .Write("app/services/geocodage.rb", """
                URL = "https://api-adresse.data.gouv.fr/search/"
                """);

        Assert.Equal(new[] { "app/services/geocodage.rb(1,16) CN1007 warning" }, repository.Findings());
    }

    [Fact]
    public void A_csp_key_of_configuration_gives_no_finding_a_service_url_does()
    {
        using var repository = new ScratchRepository()
            .Write("config/packages/nelmio_security.yaml", """
                nelmio_security:
                  csp:
                    enforce:
                      connect-src: ['self', 'api-adresse.data.gouv.fr']
                """)
            .Write("config/services.yaml", """
                parameters:
                  adresse_url: 'https://api-adresse.data.gouv.fr/search/'
                """);

        Assert.Equal(new[] { "config/services.yaml(2,25) CN1007 warning" }, repository.Findings());
    }

    [Fact]
    public void Properties_unicode_escapes_are_decoded_before_matching()
    {
        using var repository = new ScratchRepository()
            .Write("src/main/resources/application.properties", """
                # api-adresse.data.gouv.fr in a comment
                geo.url=https://api\u002Dadresse.data.gouv.fr/search/
                label=api\u002Dadresse
                """);

        Assert.Equal(new[] { "src/main/resources/application.properties(2,9) CN1007 warning" }, repository.Findings());
    }
}
