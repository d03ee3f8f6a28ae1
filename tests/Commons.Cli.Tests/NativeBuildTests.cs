using System.Runtime.InteropServices;

namespace Commons.Cli.Tests;

/// <summary>
/// The native build of <c>commons</c> (Native AOT, <c>-p:CommonsAot=true</c>, docs/cli.md) is published once for this
/// machine, as a user would, and must say exactly what the .NET tool says: same exit code, same bytes on every output,
/// for the scan of C# and of the other languages, the record checks and the reports. Trimming and ahead-of-time
/// compilation break reflection silently (an analyzer not found, a JSON report written as <c>{}</c>): these comparisons
/// are what catches it.
/// </summary>
public sealed class NativeBuildTests : IClassFixture<NativeBuildTests.NativeBuild>, IDisposable
{
    private const string Today = "2026-12-05";

    /// <summary>A hang guard, not a timing: generous enough for a loaded machine (the hostile fleet holds FIFOs).</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private readonly NativeBuild _native;
    private readonly string _output = Directory.CreateTempSubdirectory("commons-native-").FullName;

    public NativeBuildTests(NativeBuild native)
    {
        _native = native;
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    public static TheoryData<string, string[]> Commands => new()
    {
        { "scan of the fleet, text", new[] { "scan", Samples("fleet"), "--today", Today } },
        { "scan of the fleet, JSON", new[] { "scan", Samples("fleet"), "--format", "json", "--today", Today } },
        { "scan of the fleet, SARIF in English", new[] { "scan", Samples("fleet"), "--format", "sarif", "--lang", "en", "--today", Today } },
        { "scan of the C# sample repositories, JSON", new[] { "scan", Samples("repositories"), "--format", "json", "--today", Today } },
        { "scan with the full binding", new[] { "scan", Samples("fleet"), "--full-binding", "--today", Today } },
        { "check of the sample records", new[] { "check", Samples("records/demarche-demat-social-a-tort"), Samples("records/yaml-invalide"), Samples("records/exception-expiree"), "--today", Today } },
        { "check, JSON", new[] { "check", Samples("records/referentiel-specifique-a-tort"), "--format", "json", "--today", Today } },
        { "an unknown option", new[] { "scan", "--no-such-option" } },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_native_build_writes_what_the_tool_writes(string what, string[] args)
    {
        var tool = Run(CliProgram(), args);
        var native = Run(_native.Program, args);

        Assert.True(tool.Output.Length + tool.Error.Length > 0, what + ": the tool wrote nothing");
        Assert.Equal(tool.ExitCode, native.ExitCode);
        Assert.Equal(tool.Output, native.Output);
        Assert.Equal(tool.Error, native.Error);
    }

    [Fact]
    public void The_html_and_csv_reports_are_the_same_files()
    {
        var tool = Run(CliProgram(), "scan", Samples("fleet"), "--today", Today, "--report", Path.Combine(_output, "tool.html"), "--csv", Path.Combine(_output, "tool.csv"));
        var native = Run(_native.Program, "scan", Samples("fleet"), "--today", Today, "--report", Path.Combine(_output, "native.html"), "--csv", Path.Combine(_output, "native.csv"));

        Assert.Equal(1, tool.ExitCode);
        Assert.Equal(tool.ExitCode, native.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_output, "tool.csv")), File.ReadAllBytes(Path.Combine(_output, "native.csv")));
        Assert.Equal(
            File.ReadAllText(Path.Combine(_output, "tool.html")).Replace("tool.csv", "x", StringComparison.Ordinal),
            File.ReadAllText(Path.Combine(_output, "native.html")).Replace("native.csv", "x", StringComparison.Ordinal));
    }

    [Fact]
    public void Merges_and_trends_read_and_write_the_same_json()
    {
        var fleet = Path.Combine(_output, "fleet.json");
        var repositories = Path.Combine(_output, "repositories.json");
        var june = Path.Combine(_output, "june.json");
        Assert.Equal(1, Run(CliProgram(), "scan", Samples("fleet"), "--format", "json", "--today", Today, "-o", fleet).ExitCode);
        Assert.Equal(1, Run(CliProgram(), "scan", Samples("repositories"), "--format", "json", "--today", Today, "-o", repositories).ExitCode);
        Assert.Equal(1, Run(CliProgram(), "scan", Samples("fleet"), "--format", "json", "--today", "2026-06-01", "-o", june).ExitCode);

        foreach (var args in new[]
                 {
                     new[] { "report", "merge", fleet, repositories, "--format", "json" },
                     new[] { "report", "merge", fleet, repositories, "--format", "sarif" },
                     new[] { "report", "trend", june, fleet, "--format", "json" },
                 })
        {
            var tool = Run(CliProgram(), args);
            var native = Run(_native.Program, args);
            Assert.True(tool.Output.Length > 100, string.Join(' ', args) + ": " + tool.Error);
            Assert.Equal(tool, native);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // FIFOs, sockets, Unix modes
    public void The_hostile_fleet_gets_the_same_answers()
    {
        // FIFOs, links to /dev/zero and out of the repository, files past every limit: the native build's file reading
        // and its runtime's stack and memory guards must end each case as the tool does.
        using var hostile = new HostileCorpus();
        var args = new[] { "scan", hostile.Fleet, "--audit", "--format", "json", "--today", HostileCorpus.Today, "--lang", "en" };

        var tool = Run(CliProgram(), args);
        var native = Run(_native.Program, args);

        Assert.Contains("\"repositories\"", tool.Output, StringComparison.Ordinal);
        Assert.Equal(tool, native);
    }

    [Fact]
    public void The_native_build_binds_csharp_against_the_sdk_reference_packs()
    {
        // The C# sample's finding on MailKit needs the framework to resolve (System.Net.Mail.SmtpClient is a type of the
        // reference pack): with no pack found, the scan would say so in its summary.
        var native = Run(_native.Program, "scan", Samples("fleet"), "--format", "json", "--lang", "en", "--today", Today);

        Assert.Contains("System.Net.Mail.SmtpClient", native.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("no .NET SDK reference pack found", native.Output, StringComparison.Ordinal);
    }

    private static string Samples(string relative) => Path.Combine(RepositoryPaths.Root, "samples", relative);

    private static string[] CliProgram() => new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "commons.dll") };

    private static (int ExitCode, string Output, string Error) Run(string[] program, params string[] args) =>
        CliRunner.RunCommand(RepositoryPaths.Root, HangGuard, program.Concat(args).ToList());

    /// <summary>
    /// <c>dotnet publish</c> of the native build for this machine's runtime, into this run's temporary folder; the
    /// compiler packages come from the solution's restore (PackageDownload in this project), nothing is downloaded.
    /// </summary>
    public sealed class NativeBuild : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("commons-native-build-").FullName;

        public NativeBuild()
        {
            // A hang guard, not a timing: the publish takes 1-3 minutes on two cores.
            var (code, output, error) = CliRunner.RunCommand(RepositoryPaths.Root, TimeSpan.FromMinutes(20), new[]
            {
                "dotnet", "publish", Path.Combine(RepositoryPaths.Root, "src", "Commons.Cli", "Commons.Cli.csproj"), "-c", "Release",
                "-r", PortableRuntimeIdentifier(), "-p:CommonsAot=true", "-o", _folder,
                "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off", "-v:q",
            });
            var path = Path.Combine(_folder, OperatingSystem.IsWindows() ? "commons.exe" : "commons");
            if (code != 0 || !File.Exists(path))
            {
                throw new InvalidOperationException("the native publish failed (exit " + code + "):\n" + output + error);
            }

            Program = new[] { path };
        }

        public string[] Program { get; }

        /// <summary>The portable identifier (linux-x64, osx-arm64, win-x64): a distribution's own runtime may report its own.</summary>
        private static string PortableRuntimeIdentifier() =>
            (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
