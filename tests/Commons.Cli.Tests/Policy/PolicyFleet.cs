namespace Commons.Cli.Tests.Policy;

/// <summary>
/// A small fleet in a temp folder for <c>commons policy diff</c>, one repository per situation of the three
/// questions, and the proposed policy files beside it (copies of rules/ with one change each).
/// </summary>
public sealed class PolicyFleet : IDisposable
{
    public const string Today = "2026-11-28";

    private int _proposals;

    public PolicyFleet()
    {
        Root = Directory.CreateTempSubdirectory("commons-policy-").FullName;
        Fleet = Path.Combine(Root, "fleet");
        Proposals = Path.Combine(Root, "proposals");
        Directory.CreateDirectory(Proposals);

        // Question 1: Démat Social gains FranceConnect.
        // Démat Social for the NIR, and FranceConnect, on its own line: CN0101 today, gone with the proposal.
        Repo("social-nir-fc", Record("""
            front-usager:
              solution: demat-social
              besoins:
                - nir
                - franceconnect
                - proconnect
              justification: Le formulaire recueille le NIR, que seul Démat Social sécurise aujourd'hui.
            """));
        // Démarches Simplifiées for FranceConnect: compliant before and after.
        Repo("ds-fc", Record("""
            front-usager:
              solution: demarches-simplifiees
              besoins: [franceconnect]
            """));

        // Question 2: the notifications brick opens (an organisation's catalog with its common component, and the
        // organisation's own mail library as a signature).
        Repo("mail-exception", Record("""
            front-usager:
              solution: demarches-simplifiees
              besoins: [franceconnect]
            briques:
              notifications:
                choix: exception
                justification: Le service d'envoi commun n'était pas ouvert au lancement du projet.
                echeance: 2027-03-31
            """), ("app/envoi.py", "import smtplib\n"));
        Repo("mail-expired", Record("""
            front-usager:
              solution: demarches-simplifiees
              besoins: [franceconnect]
            briques:
              notifications:
                choix: exception
                justification: Le service d'envoi commun n'était pas ouvert au lancement du projet.
                echeance: 2026-10-31
            """), ("app/envoi.py", "import smtplib\n"));
        Repo("mail-acme", Record("""
            front-usager:
              solution: demarches-simplifiees
              besoins: [franceconnect]
            briques:
              notifications: commun
            """), ("config/mail.json", """{ "endpoint": "https://mail.acme.example/api/send" }"""));

        // Question 3: a signature is added to a brick (yagmail, a Python mail sender, to notifications).
        Repo("py-undeclared", Record("""
            front-usager:
              solution: demarches-simplifiees
              besoins: [franceconnect]
            """), ("requirements.txt", "yagmail==0.15.293\n"));
        Repo("py-commun", Record("""
            front-usager:
              solution: demarches-simplifiees
              besoins: [franceconnect]
            briques:
              notifications: commun
            """), ("requirements.txt", "yagmail==0.15.293\n"));
        Repo("py-exempt", Record("""
            front-usager:
              solution: demarches-simplifiees
              besoins: [franceconnect]
            briques:
              notifications:
                choix: exception
                justification: Le service d'envoi commun n'ouvre sur notre hébergement qu'au printemps 2027.
                echeance: 2027-06-30
            """), ("requirements.txt", "yagmail==0.15.293\n"), ("app/envoi.py", "import smtplib\n"));

        var tree = File.ReadAllText(RepositoryPaths.Of("rules", "tree.yml"));
        var catalog = File.ReadAllText(RepositoryPaths.Of("rules", "catalog.yml"));
        TreeWithFranceConnect = Proposal("tree.yml", Replace(tree, "couvre: [nir, finess, rpps, hebergement-hds]", "couvre: [nir, finess, rpps, hebergement-hds, franceconnect]"));
        CatalogWithYagmail = Proposal("catalog.yml", Replace(catalog, "pypi: [sendgrid, mailjet-rest,", "pypi: [yagmail, sendgrid, mailjet-rest,"));
        OrganisationOpensNotifications = Proposal("commons-catalog.yml", """
            version: 1
            bricks:
              - id: notifications
                status: available
                common: { package: Gouv.Notifications, namespace: Gouv.Notifications }
                signatures:
                  hosts: [mail.acme.example/api]
            """);
    }

    public string Root { get; }

    public string Fleet { get; }

    public string Proposals { get; }

    public string TreeWithFranceConnect { get; }

    public string CatalogWithYagmail { get; }

    public string OrganisationOpensNotifications { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>A proposed file in its own folder (two proposals may share a name).</summary>
    public string Proposal(string name, string text)
    {
        var path = Path.Combine(Proposals, Interlocked.Increment(ref _proposals).ToString(System.Globalization.CultureInfo.InvariantCulture), name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text); // the proposal must change something, or the test proves nothing
        return text.Replace(from, to);
    }

    /// <summary>A record of an online procedure, with the given front-usager and bricks sections.</summary>
    private static string Record(string sections) => """
        version: 1
        projet:
          nom: Démarche de test
          nature: demarche-en-ligne
          responsable: DNUM/SDPSN
          date: 2026-10-14

        """ + sections + "\n";

    private void Repo(string name, string record, params (string Path, string Text)[] files)
    {
        var root = Path.Combine(Fleet, name);
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        File.WriteAllText(Path.Combine(root, "commons-decision.yml"), record);
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }
}
