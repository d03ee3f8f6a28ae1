namespace Commons.EndToEnd.Tests
{
    /// <summary>The records the throwaway repositories hold; the lines and columns in the assertions refer to these texts.</summary>
    internal static class Records
    {
        public const string Compliant =
            "version: 1\n" +
            "projet:\n" +
            "  nom: Demande d'aide au logement\n" +
            "  nature: demarche-en-ligne\n" +
            "  responsable: DNUM/SDPSN\n" +
            "  date: 2026-10-14\n" +
            "front-usager:\n" +
            "  solution: demarches-simplifiees\n" +
            "  besoins: [franceconnect]\n";

        /// <summary>Line 4 breaks the YAML: a key indented deeper than its siblings.</summary>
        public const string Syntax =
            "version: 1\n" +
            "projet:\n" +
            "  nom: Portail\n" +
            "    nature: site-editorial\n";

        /// <summary>A contradiction (9,13), a value not in the list (12,13) and an expired exception (17,15).</summary>
        public const string Findings =
            "version: 1\n" +
            "projet:\n" +
            "  nom: Portail des aides\n" +
            "  nature: demarche-en-ligne\n" +
            "  responsable: DNUM/SDPSN\n" +
            "  date: 2026-10-14\n" +
            "front-usager:\n" +
            "  besoins: [proconnect]\n" +
            "  solution: demat-social\n" +
            "  justification: L'équipe connaît déjà Démat Social et veut réutiliser ses écrans.\n" +
            "back-office:\n" +
            "  solution: glpi-magique\n" +
            "briques:\n" +
            "  notifications:\n" +
            "    choix: exception\n" +
            "    justification: Le service d'envoi du ministère n'est pas encore ouvert à notre hébergement.\n" +
            "    echeance: 2026-06-30\n";

        /// <summary>On 2026-11-28 the exception (line 14) expires within 30 days: warning CN0202.</summary>
        public const string ExpiresSoon = Compliant +
            "briques:\n" +
            "  authentification-agent:\n" +
            "    choix: exception\n" +
            "    justification: La brique n'est pas encore disponible sur notre hébergement actuel.\n" +
            "    echeance: 2026-12-10\n";
    }
}
