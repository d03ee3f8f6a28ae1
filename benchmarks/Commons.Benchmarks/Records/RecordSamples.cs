using System.Globalization;
using System.Text;
using Commons.Engine.Catalog;

namespace Commons.Benchmarks.Records
{
    /// <summary>The records validated: a typical one, and a large one with hundreds of bricks entries.</summary>
    internal static class RecordSamples
    {
        public const string Typical = """
            # yaml-language-server: $schema=https://raw.githubusercontent.com/SocialGouv/commons-analyzers/main/rules/commons-decision.schema.json
            version: 1
            projet:
              nom: Plateforme de déclaration des aidants
              nature: demarche-en-ligne
              responsable: DNUM/SDPSN
              date: 2026-11-02
            front-usager:
              solution: specifique
              besoins: [franceconnect, nir]
              justification: Aucun commun ne propose à la fois FranceConnect et le champ NIR sécurisé dont la démarche a besoin.
            back-office:
              solution: specifique
              limites-glpi: [volumetrie, workflow]
              compromis-recherche: true
              options-ecartees:
                glpi-api: Deux millions de dossiers par an dépassent ce que l'API de GLPI tient en performance.
                glpi-enrichi: Le circuit de validation à six niveaux ne rentre pas dans le modèle de tickets de GLPI.
              justification: Le volume et le circuit de validation exigent un back-office dédié, validé en comité d'architecture.
            briques:
              authentification-publique:
                choix: exception
                justification: La brique commune FranceConnect n'est pas encore livrée pour les applications spécifiques.
                echeance: 2099-03-31
              notifications: commun
              ged: commun
              statistiques: non-concerne
            """;

        /// <summary>
        /// The typical record whose briques section lists every brick of the catalog as an exception, then
        /// <paramref name="extra"/> more entries (an organisation's local bricks, each reported as an unknown key with a
        /// "did you mean"): the validator's worst case on a record of realistic shape, about 1,300 lines for 300.
        /// </summary>
        public static string Large(int extra = 300)
        {
            var text = new StringBuilder(Typical.Substring(0, Typical.IndexOf("briques:", StringComparison.Ordinal)));
            text.Append("briques:\n");
            foreach (var brick in BrickCatalog.Embedded.Bricks)
            {
                Entry(text, brick.Id);
            }

            for (var i = 0; i < extra; i++)
            {
                Entry(text, "brique-locale-" + i.ToString("000", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        private static void Entry(StringBuilder text, string id) =>
            text.Append("  ").Append(id).Append(":\n")
                .Append("    choix: exception\n")
                .Append("    justification: Le commun n'est pas encore disponible sur notre hébergement, migration prévue au prochain marché.\n")
                .Append("    echeance: 2099-06-30\n");
    }
}
