namespace Commons.Cli.Tests.Ecosystems;

/// <summary>
/// A brick's hosts follow the service's documented endpoints, successors included; another product served from the
/// same domain (INSEE's other APIs, IGN's map tiles, FranceConnect's information site) is not the brick.
/// </summary>
public class HostFamilyTests
{
    [Fact]
    public void The_sirene_api_counts_at_its_current_and_former_addresses_not_insees_other_apis()
    {
        using var repository = new ScratchRepository()
            .Write("src/sirene.ts", """
                export const SIRENE = "https://api.insee.fr/api-sirene/3.11/siret/";
                export const ANCIENNE = "https://entreprise.data.gouv.fr/api/sirene/v3/unites_legales/";
                export const COMMUNES = "https://api.insee.fr/metadonnees/geo/communes";
                export const PAGE = "https://entreprise.data.gouv.fr/entreprise/130025265";
                """);

        Assert.Equal(new[] { "src/sirene.ts(1,32) CN1008 warning", "src/sirene.ts(2,34) CN1008 warning" }, repository.Findings());
    }

    [Fact]
    public void The_ign_geocoder_counts_its_map_tiles_on_the_same_host_do_not()
    {
        using var repository = new ScratchRepository()
            .Write("src/carte.ts", """
                export const GEOCODAGE = "https://data.geopf.fr/geocodage/search?q=";
                export const TUILES = "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile";
                """);

        Assert.Equal(new[] { "src/carte.ts(1,35) CN1007 warning" }, repository.Findings());
    }

    [Fact]
    public void Franceconnect_counts_at_its_oidc_servers_not_at_its_information_site_or_partner_portal()
    {
        using var repository = new ScratchRepository()
            .Write("src/connexion.ts", """
                export const ISSUER = "https://oidc.franceconnect.gouv.fr/api/v2";
                export const INTEGRATION = "https://fcp-low.integ01.dev-franceconnect.fr/api/v2";
                export const QU_EST_CE = "https://franceconnect.gouv.fr/";
                export const PARTENAIRES = "https://partenaires.franceconnect.gouv.fr/fs";
                """);

        Assert.Equal(new[] { "src/connexion.ts(1,32) CN1002 warning", "src/connexion.ts(2,37) CN1002 warning" }, repository.Findings());
    }

    [Fact]
    public void Piste_counts_the_gateway_and_its_token_servers_as_the_policy_lists_them_not_chorus_pros_community_site()
    {
        using var repository = new ScratchRepository()
            .Write("src/factures.ts", """
                export const FACTURES = "https://sandbox-api.piste.gouv.fr/cpro/factures/v1/deposer/flux";
                export const CAPTCHA = "https://api.piste.gouv.fr/piste/captchetat/v2/simple-captcha-endpoint";
                export const ANCIEN = "https://sandbox-api.aife.economie.gouv.fr/cpro/structures/v1/rechercher";
                export const LEGIFRANCE = "https://api.piste.gouv.fr/dila/legifrance/lf-engine-app/consult/code";
                export const PLATAU = "https://api.aife.economie.gouv.fr/mtes/platau/v9/";
                export const JETON = "https://oauth.piste.gouv.fr/api/oauth/token";
                export const AIDE = "https://communaute.chorus-pro.gouv.fr/documentation/piste-presentation/";
                export const MIROIR = "https://www.recaptcha.net/recaptcha/api/siteverify";
                export const AUTRE = "https://www.recaptcha.net/about";
                """);

        Assert.Equal(new[]
        {
            "src/factures.ts(1,34) CN1010 warning", "src/factures.ts(2,33) CN1010 warning", "src/factures.ts(3,32) CN1010 warning", "src/factures.ts(4,36) CN1010 warning",
            "src/factures.ts(5,32) CN1010 warning", "src/factures.ts(6,31) CN1010 warning", "src/factures.ts(8,32) CN1010 warning",
        }, repository.Findings());
    }

    [Fact]
    public void Api_associations_counts_at_its_djepva_gateways_not_at_le_compte_assos_portal()
    {
        using var repository = new ScratchRepository()
            .Write("src/associations.ts", """
                export const STRUCTURE = "https://lecompteasso.associations.gouv.fr/apim/api-asso/api/structure/W751004076";
                export const INTEGRATION = "https://siva-integ1.cegedim.cloud/apim/api-asso/api/structure/";
                export const CONNEXION = "https://lecompteasso.associations.gouv.fr/client/login";
                export const CARTE = "https://lecompteasso.associations.gouv.fr/carto/dashboard";
                """);

        Assert.Equal(new[] { "src/associations.ts(1,35) CN1009 warning", "src/associations.ts(2,37) CN1009 warning" }, repository.Findings());
    }

    [Fact]
    public void Object_storage_counts_at_regional_buckets_and_french_s3_endpoints_not_the_same_clouds_other_services()
    {
        using var repository = new ScratchRepository()
            .Write("src/stockage.ts", """
                export const REGIONAL = "https://pieces-jointes.s3.eu-west-3.amazonaws.com/dossier.pdf";
                export const DUAL = "https://s3.dualstack.eu-west-3.amazonaws.com/pieces-jointes";
                export const AZURE = "https://compte.blob.core.windows.net/documents";
                export const OVH = "https://s3.gra.io.cloud.ovh.net/";
                export const SCALEWAY = "https://pieces.s3.fr-par.scw.cloud/dossier.pdf";
                export const FILE = "https://sqs.eu-west-3.amazonaws.com/123456789012/file";
                export const QUEUE = "https://compte.queue.core.windows.net/travaux";
                export const KEYSTONE = "https://auth.cloud.ovh.net/v3";
                export const REGISTRE = "https://rg.fr-par.scw.cloud/espace";
                """);

        Assert.Equal(new[]
        {
            "src/stockage.ts(1,34) CN1005 warning", "src/stockage.ts(2,30) CN1005 warning", "src/stockage.ts(3,31) CN1005 warning",
            "src/stockage.ts(4,29) CN1005 warning", "src/stockage.ts(5,34) CN1005 warning",
        }, repository.Findings());
    }

    [Fact]
    public void Mail_apis_count_at_their_eu_base_urls_not_at_the_vendors_consoles()
    {
        using var repository = new ScratchRepository()
            .Write("src/courriel.ts", """
                export const SENDGRID_UE = "https://api.eu.sendgrid.com/v3/mail/send";
                export const MAILJET_UE = "https://api.eu.mailjet.com/v3.1/send";
                export const CONSOLE = "https://app.sendgrid.com/settings/api_keys";
                export const SITE = "https://app.mailjet.com/account/apikeys";
                """);

        Assert.Equal(new[] { "src/courriel.ts(1,37) CN1004 warning", "src/courriel.ts(2,36) CN1004 warning" }, repository.Findings());
    }

    [Fact]
    public void Dashboards_count_where_a_report_is_embedded_or_its_api_called_not_at_the_products_own_pages()
    {
        // Power BI's REST API and embed addresses, Looker Studio's embed form, Tableau Cloud's pods: building on a
        // vendor's dashboards instead of the common one. Its portal, marketing pages and report editor are not.
        using var repository = new ScratchRepository()
            .Write("src/tableaux.ts", """
                export const API = "https://api.powerbi.com/v1.0/myorg/groups/g/reports/r/GenerateToken";
                export const EMBED = "https://app.powerbi.com/reportEmbed?reportId=r&groupId=g";
                export const LOOKER = "https://lookerstudio.google.com/embed/reporting/abc/page/p";
                export const TABLEAU = "https://10ax.online.tableau.com/t/ministere/views/suivi";
                export const ACCUEIL = "https://app.powerbi.com/home";
                export const PRODUIT = "https://powerbi.microsoft.com/fr-fr/";
                export const EDITION = "https://lookerstudio.google.com/navigation/reporting";
                export const SITE = "https://www.tableau.com/products/cloud-bi";
                """);

        Assert.Equal(new[]
        {
            "src/tableaux.ts(1,29) CN1012 warning", "src/tableaux.ts(2,31) CN1012 warning",
            "src/tableaux.ts(3,32) CN1012 warning", "src/tableaux.ts(4,33) CN1012 warning",
        }, repository.Findings());
    }
}
