using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Commons.Cli.Tests;

/// <summary>
/// Repositories as hostile as a file system allows, built in a temp folder for each test class: FIFOs where the
/// scanners, the audit and the record validator look, links to <c>/dev/zero</c>, links out of the repository, a socket,
/// XML saved with a byte order mark, files past every limit, a folder the scan may not open. Each repository also holds a
/// plain configuration file naming a brick's host, so a case that went wrong would lose or gain a finding.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // FIFOs, sockets, Unix modes
public sealed class HostileCorpus : IDisposable
{
    public const string Today = "2026-11-28";

    /// <summary>The configuration line every repository holds: FranceConnect's host, one CN1002 warning per repository.</summary>
    public const string FranceConnect = """{ "FranceConnect": { "Authority": "https://app.franceconnect.gouv.fr/api/v1" } }""";

    public const string Record = """
        version: 1
        projet:
          nom: Portail des aides
          nature: autre
          responsable: DNUM/SDPSN
          date: 2026-10-14
          description: Un simulateur public qui estime les aides, sans dépôt de dossier ni démarche en ligne.

        """;

    private readonly Socket _socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    public HostileCorpus()
    {
        Root = Directory.CreateTempSubdirectory("commons-hostile-").FullName;
        Fleet = Path.Combine(Root, "fleet");
        Outside = Path.Combine(Root, "outside");
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "appsettings.json"), """{ "Agent": { "Authority": "https://auth.agentconnect.gouv.fr/api/v2" } }""");

        // FIFOs under every name a reader opens: each would block the scan forever once opened.
        var fifos = Repository("fifos");
        foreach (var name in new[] { "package.json", "appsettings.json", "app.js", ".editorconfig", "Build.props", "Program.cs" })
        {
            Fifo(Path.Combine(fifos, name));
        }

        // A FIFO in place of the record: the validator reads it.
        var fifoRecord = Repository("fifo-record", record: false);
        Fifo(Path.Combine(fifoRecord, "commons-decision.yml"));

        // Links to /dev/zero, endless: they used to fill the memory until OutOfMemoryException.
        var zero = Repository("dev-zero", record: false);
        foreach (var name in new[] { "commons-decision.yml", "settings.json", "Program.cs", "commons-catalog.yml", ".editorconfig" })
        {
            File.CreateSymbolicLink(Path.Combine(zero, name), "/dev/zero");
        }

        // Links out of the repository: a sibling's configuration (with another brick's host) and /etc/passwd.
        var links = Repository("links-out");
        File.CreateSymbolicLink(Path.Combine(links, "sibling.json"), Path.Combine("..", "..", "outside", "appsettings.json"));
        File.CreateSymbolicLink(Path.Combine(links, "passwd.yml"), "/etc/passwd");
        Write(links, "inner/real.json", "{}");
        File.CreateSymbolicLink(Path.Combine(links, "inside.json"), Path.Combine("inner", "real.json")); // inside: read

        // A socket named like a configuration file.
        var socket = Repository("socket");
        _socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(socket, "settings.json"))); // its file lives as long as the socket

        // web.config as Visual Studio saves it: a UTF-8 byte order mark before the declaration.
        var bom = Repository("bom-xml");
        File.WriteAllText(Path.Combine(bom, "web.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="Agent" value="https://auth.agentconnect.gouv.fr/api/v2" />
              </appSettings>
            </configuration>
            """, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        // Past every limit: a 4.2 MB .editorconfig turning a brick rule off (the audit's), a 2 MB JSON file (the scan's).
        var huge = Repository("huge");
        var config = new StringBuilder("root = true\n[*.cs]\ndotnet_diagnostic.CN1004.severity = none\n");
        while (config.Length < 4_200_000)
        {
            config.Append("# padding padding padding padding padding padding padding padding padding padding\n");
        }

        File.WriteAllText(Path.Combine(huge, ".editorconfig"), config.ToString());
        File.WriteAllText(Path.Combine(huge, "pnpm-lock.yaml"), config.ToString().Replace("[*.cs]", "lockfileVersion: '9.0'")); // data, not a script: no CN0964
        File.WriteAllText(Path.Combine(huge, "big.json"), "[" + string.Join(",", Enumerable.Repeat("\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", 40_000)) + "]");

        // A folder nobody but its owner may open.
        var locked = Repository("locked-folder");
        Write(locked, "private/secret.json", FranceConnect);
        File.SetUnixFileMode(Path.Combine(locked, "private"), UnixFileMode.None);
    }

    public string Root { get; }

    /// <summary>The scanned PATH: one repository per case.</summary>
    public string Fleet { get; }

    /// <summary>A folder beside the fleet, which links point into.</summary>
    public string Outside { get; }

    public void Dispose()
    {
        _socket.Dispose();
        var locked = Path.Combine(Fleet, "locked-folder", "private");
        if (Directory.Exists(locked))
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(Root, recursive: true);
    }

    private string Repository(string name, bool record = true)
    {
        var root = Path.Combine(Fleet, name);
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        if (record)
        {
            File.WriteAllText(Path.Combine(root, "commons-decision.yml"), Record);
        }

        File.WriteAllText(Path.Combine(root, "appsettings.Production.json"), FranceConnect);
        return root;
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>A named pipe, made by mkfifo(1): .NET has no API for it.</summary>
    internal static void Fifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
