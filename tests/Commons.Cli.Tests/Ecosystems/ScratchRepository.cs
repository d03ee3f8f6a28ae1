using Commons.Cli.Reports;

namespace Commons.Cli.Tests.Ecosystems;

/// <summary>
/// A repository of one test, written in a temp folder: a record and the files the test gives, scanned with
/// <c>commons scan --format json</c>. Findings read as <c>file(line,col) ID severity</c>, the form the tests compare.
/// </summary>
internal sealed class ScratchRepository : IDisposable
{
    /// <summary>A valid record that declares no brick: every brick found is a warning.</summary>
    public const string NoBricks = """
        version: 1
        projet:
          nom: Outil de test
          nature: autre
          responsable: DNUM
          date: 2026-10-14
          description: Un outil interne sans démarche en ligne, pour les tests du scan.
        """;

    public ScratchRepository(string record = NoBricks)
    {
        Root = Directory.CreateTempSubdirectory("commons-ecosystem-").FullName;
        Write("commons-decision.yml", record);
    }

    public string Root { get; }

    public ScratchRepository Write(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    public ScratchRepository WriteBytes(string path, byte[] content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    public RepositoryReport Scan(params string[] extra)
    {
        var (code, output, error) = CliRunner.Run(new[] { "scan", Root, "--format", "json", "--today", "2026-11-28", "--lang", "en" }.Concat(extra).ToArray());
        Assert.True(code is 0 or 1, "exit code " + code + ": " + error);
        return Assert.Single(FleetReport.FromJson(output).Repositories);
    }

    /// <summary>The brick findings (CN1xxx) as <c>file(line,col) ID severity</c>, in report order.</summary>
    public IReadOnlyList<string> Findings(params string[] extra) =>
        Scan(extra).Findings.Where(f => f.Id.StartsWith("CN1", StringComparison.Ordinal))
            .Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id + " " + f.Severity).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is not a test failure
        }
    }
}
