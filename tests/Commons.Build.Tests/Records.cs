namespace Commons.Build.Tests
{
    /// <summary>Small records for the tests; positions in the assertions refer to these exact texts.</summary>
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

        /// <summary>CN0102 at (9,13): Démat Social where Démarches Simplifiées covers every need.</summary>
        public const string Contradiction =
            "version: 1\n" +
            "projet:\n" +
            "  nom: Demande de subvention\n" +
            "  nature: demarche-en-ligne\n" +
            "  responsable: DNUM/SDPSN\n" +
            "  date: 2026-10-14\n" +
            "front-usager:\n" +
            "  besoins: [proconnect]\n" +
            "  solution: demat-social\n" +
            "  justification: L'équipe connaît déjà Démat Social et veut réutiliser ses écrans.\n";

        /// <summary>CN0202 (warning) on 2026-11-28: the exception expires within 30 days.</summary>
        public const string ExpiresSoon = Compliant +
            "briques:\n" +
            "  authentification-agent:\n" +
            "    choix: exception\n" +
            "    justification: La brique n'est pas encore disponible sur notre hébergement actuel.\n" +
            "    echeance: 2026-12-10\n";
    }
}
