using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Commons.Cli.Tests;

/// <summary>
/// A fleet of repositories in a temp folder, the five situations of the issue: a restored .NET repository (its
/// package compiled here and named by obj/project.assets.json, as a restore leaves it), one never restored, one with
/// only a record, a JavaScript repository with a record, one with no record; plus one whose name is hostile HTML.
/// </summary>
public sealed class FixtureFleet : IDisposable
{
    public const string Today = "2026-11-28";

    public const string ValidRecord = """
        version: 1
        projet:
          nom: Portail des aides
          nature: demarche-en-ligne
          responsable: DNUM/SDPSN
          date: 2026-10-14
        front-usager:
          solution: demarches-simplifiees
          besoins: [franceconnect]
        briques:
          notifications: commun
          ged:
            choix: exception
            justification: Le stockage S3 commun n'est pas encore ouvert.
            echeance: 2026-12-10

        """;

    public FixtureFleet()
    {
        Root = Directory.CreateTempSubdirectory("commons-fleet-").FullName;

        // 1. Restored: MailKit resolves from the package folder named by project.assets.json; the record says
        //    notifications: commun, so the analyzers report an error (the code contradicts the record).
        var restored = Repo("restored", git: true);
        File.WriteAllText(Path.Combine(restored, "commons-decision.yml"), ValidRecord);
        Write(restored, "src/App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="MailKit" Version="4.8.0" />
              </ItemGroup>
            </Project>
            """);
        Write(restored, "src/App/Mailer.cs", """
            using MailKit.Net.Smtp;

            namespace App;

            public sealed class Mailer
            {
                public void Send()
                {
                    using var client = new SmtpClient();
                    client.Connect("smtp.example.org");
                }
            }
            """);
        var packages = Path.Combine(Root, "nuget-cache");
        var dll = Path.Combine(packages, "mailkit", "4.8.0", "lib", "net8.0", "MailKit.dll");
        EmitFakeMailKit(dll);
        Write(restored, "src/App/obj/project.assets.json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = 3,
            ["targets"] = new Dictionary<string, object>
            {
                ["net8.0"] = new Dictionary<string, object>
                {
                    ["MailKit/4.8.0"] = new Dictionary<string, object>
                    {
                        ["type"] = "package",
                        ["compile"] = new Dictionary<string, object> { ["lib/net8.0/MailKit.dll"] = new Dictionary<string, object>() },
                    },
                },
            },
            ["libraries"] = new Dictionary<string, object>
            {
                ["MailKit/4.8.0"] = new Dictionary<string, object> { ["type"] = "package", ["path"] = "mailkit/4.8.0" },
            },
            ["packageFolders"] = new Dictionary<string, object> { [packages + Path.DirectorySeparatorChar] = new Dictionary<string, object>() },
        }));

        // 2. Never restored: no obj/, no record. MailKit does not resolve: a name match; the SendGrid package (not
        //    MailKit's, which also reads mail) and a SendGrid host in appsettings.json are found too.
        var unrestored = Repo("unrestored", git: true);
        Write(unrestored, "Api/Api.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <ItemGroup>
                <PackageReference Include="Serilog" Version="4.0.0" />
                <PackageReference Include="MailKit" Version="4.8.0" />
                <PackageReference Include="SendGrid" Version="9.29.3" />
              </ItemGroup>
            </Project>
            """);
        Write(unrestored, "Api/Notifier.cs", """
            using MailKit.Net.Smtp;

            public class Notifier
            {
                private readonly SmtpClient _client = new SmtpClient();
            }
            """);
        Write(unrestored, "Api/appsettings.Production.json", """
            {
              "Mail": {
                "Endpoint": "https://api.sendgrid.com/v3/mail/send"
              }
            }
            """);

        // 3. Only a record.
        var recordOnly = Repo("record-only", git: false);
        File.WriteAllText(Path.Combine(recordOnly, "commons-decision.yml"), ValidRecord.Replace("notifications: commun", "notifications: non-concerne"));

        // 4. A JavaScript repository with a record that contradicts the tree, and a FranceConnect host in its config.
        var javascript = Repo("front-js", git: true);
        File.WriteAllText(Path.Combine(javascript, "commons-decision.yml"), ValidRecord.Replace("solution: demarches-simplifiees", "solution: demat-social"));
        Write(javascript, "package.json", """{ "name": "front-js", "dependencies": { "express": "4.0.0" } }""");
        Write(javascript, "config/default.json", """{ "oidc": { "issuer": "https://oidc.franceconnect.gouv.fr/api/v1" } }""");
        Write(javascript, "src/index.js", "console.log('hello');\n");

        // 5. No record at all.
        var none = Repo("no-record", git: true);
        Write(none, "README.md", "# nothing\n");

        // Hostile name: must come out escaped in the HTML report.
        var hostile = Repo("<script>alert(1)</script>", git: true);
        File.WriteAllText(Path.Combine(hostile, "commons-decision.yml"), ValidRecord);

        // Ignored: build outputs and dependencies are not repositories nor scanned.
        Write(Root, "node_modules/pkg/commons-decision.yml", "garbage: [");
    }

    public string Root { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string Repo(string name, bool git)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        if (git)
        {
            Directory.CreateDirectory(Path.Combine(path, ".git"));
        }

        return path;
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>A stand-in for the MailKit package: the type the catalog names, compiled here (no network).</summary>
    private static void EmitFakeMailKit(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var source = "namespace MailKit.Net.Smtp { public class SmtpClient : System.IDisposable { public void Connect(string host) { } public void Dispose() { } } }";
        var compilation = CSharpCompilation.Create(
            "MailKit",
            new[] { CSharpSyntaxTree.ParseText(source) },
            Commons.Cli.Scan.ReferenceAssemblies.ForFramework(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(path);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }
    }
}
