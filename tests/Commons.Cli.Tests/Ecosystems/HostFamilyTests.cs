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
}
