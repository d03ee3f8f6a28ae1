namespace Commons.Cli.Tests.Policy;

/// <summary>The record of the CN0211 tests: a project of nature autre with one notifications exception.</summary>
internal static class OpenedBrickRecord
{
    /// <summary>An organisation's catalog that opens notifications with its common component.</summary>
    public const string OpensNotifications = "version: 1\nbricks:\n  - id: notifications\n    status: available\n    common: { package: Gouv.Notifications, namespace: Gouv.Notifications }\n";

    /// <summary>The record, its exception due on <paramref name="echeance"/> (at line 12, the choice at line 10).</summary>
    public static string WithException(string echeance) => $"""
        version: 1
        projet:
          nom: Suivi des contrôles
          nature: autre
          responsable: IGAS
          date: 2025-01-15
          description: Un outil interne de suivi des missions de contrôle, sans démarche en ligne.
        briques:
          notifications:
            choix: exception
            justification: Le service d'envoi commun n'était pas disponible au lancement du projet.
            echeance: {echeance}

        """;
}
