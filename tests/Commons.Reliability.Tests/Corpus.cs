using System.Globalization;
using Commons.Engine.Record;

namespace Commons.Reliability.Tests;

/// <summary>The valid records mutations start from: every compliant sample, and records that use every section.</summary>
public static class Corpus
{
    public static readonly DateTime Today = new(2026, 11, 28);

    public static RecordValidator Validator(string language = "en") =>
        new(new ValidationOptions { Culture = CultureInfo.GetCultureInfo(language), Today = () => Today });

    private static readonly Lazy<IReadOnlyList<string>> Lazy = new(Load);

    public static IReadOnlyList<string> ValidRecords => Lazy.Value;

    private static IReadOnlyList<string> Load()
    {
        var records = new List<string>(Inline);
        var samples = Path.Combine(RepositoryPaths.Root, "samples", "records");
        foreach (var file in Directory.GetFiles(samples, "commons-decision.yml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (!Validator().ValidateText(text, file).HasErrors)
            {
                records.Add(text);
            }
        }

        return records;
    }

    private static readonly string[] Inline =
    {
        """
        version: 1
        projet:
          nom: Portail des aides
          nature: demarche-en-ligne
          responsable: DNUM/SDPSN
          date: 2026-10-14
        front-usager:
          solution: demarches-simplifiees
          besoins: [franceconnect, proconnect]
        back-office:
          solution: glpi-enrichi
          limites-glpi: [volumetrie, workflow]
          compromis-recherche: true
        briques:
          notifications: commun
          ged:
            choix: exception
            justification: Le stockage S3 commun n'est pas encore ouvert sur notre hébergement.
            echeance: 2099-06-30
        """,
        """
        version: 1
        projet:
          nom: Référentiel des équipements
          nature: referentiel
          responsable: DNUM
          date: 2026-09-01
        referentiel:
          solution: glpi
          besoins: [gestion-de-parc, inventaire]
          controle-modele-donnees: false
        """,
        """
        version: 1
        projet:
          nom: "Site de la délégation"
          nature: site-editorial
          responsable: 'DICOM'
          date: 2026-03-02
        site:
          solution: sites-faciles
        briques:
          notifications: non-concerne
        """,
    };
}
