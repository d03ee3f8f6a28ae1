using System.Text.Json;
using System.Text.Json.Nodes;
using Commons.Cli.Tests.Policy;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>
/// The JSON the command writes and reads, run as a process whose serializer may not use reflection (the runtime switch
/// <c>System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault</c> off): what the native (AOT) build, which has no
/// reflection, meets. A serializer call left on reflection crashes there, where the native build would write <c>{}</c>;
/// the output must be byte for byte the one of the same command run in process.
/// </summary>
public sealed class ReflectionFreeJsonTests : IClassFixture<PolicyFleet>, IDisposable
{
    private const string Today = "2026-12-05";
    private readonly PolicyFleet _policyFleet;
    private readonly string _folder = Directory.CreateTempSubdirectory("commons-noreflection-").FullName;
    private readonly string _runtimeConfig;

    public ReflectionFreeJsonTests(PolicyFleet policyFleet)
    {
        _policyFleet = policyFleet;
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "commons.runtimeconfig.json")))!;
        config["runtimeOptions"]!["configProperties"]!["System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault"] = false;
        _runtimeConfig = Path.Combine(_folder, "commons.runtimeconfig.json");
        File.WriteAllText(_runtimeConfig, config.ToJsonString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Fleet(params string[] repositories) => Path.Combine(new[] { RepositoryPaths.Root, "samples", "fleet" }.Concat(repositories).ToArray());

    /// <summary>
    /// <c>dotnet exec --runtimeconfig</c> runs commons.dll with the switch: the launcher's shell puts the options between
    /// <c>dotnet</c> and the program.
    /// </summary>
    private (int ExitCode, string Output, string Error) RunWithoutReflection(params string[] args) =>
        RunProcess(_folder, TimeSpan.FromSeconds(120), new[] { "sh", "-c", "config=$1; host=$2; shift 2; exec \"$host\" exec --runtimeconfig \"$config\" \"$@\"", "sh", _runtimeConfig }, args);

    private void AssertSameBytes(params string[] args)
    {
        var expected = Run(args);
        var actual = RunWithoutReflection(args);
        Assert.Equal(expected.Error, actual.Error);
        Assert.Equal(expected.Output, actual.Output);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
    }

    private string Scan(string name, params string[] paths)
    {
        var file = Path.Combine(_folder, name);
        var (code, _, error) = Run(new[] { "scan" }.Concat(paths).Concat(new[] { "--format", "json", "--today", Today, "--output", file }).ToArray());
        Assert.True(code == 1, error); // the sample fleet has errors
        return file;
    }

    [Fact]
    public void The_sample_fleets_scan_writes_the_same_json_without_reflection()
    {
        AssertSameBytes("scan", Fleet(), "--format", "json", "--today", Today, "--lang", "en");
    }

    [Fact]
    public void A_merge_reads_and_writes_the_same_json_without_reflection()
    {
        var java = Scan("java.json", Fleet("api-java"), Fleet("gestion-ruby"));
        var drupal = Scan("drupal.json", Fleet("site-drupal"), Fleet("front-usager-ts"));
        AssertSameBytes("report", "merge", java, drupal, "--format", "json");
    }

    [Fact]
    public void A_trend_reads_and_writes_the_same_json_without_reflection()
    {
        var june = Path.Combine(_folder, "june.json");
        Assert.Equal(1, Run("scan", Fleet(), "--format", "json", "--today", "2026-06-01", "--output", june).ExitCode);
        AssertSameBytes("report", "trend", june, Scan("december.json", Fleet()), "--format", "json");
    }

    [Fact]
    public void A_policy_diff_writes_the_same_json_without_reflection()
    {
        AssertSameBytes("policy", "diff", _policyFleet.Fleet, "--tree", _policyFleet.TreeWithFranceConnect, "--format", "json", "--today", PolicyFleet.Today);
    }

    [Fact]
    public void A_file_that_is_not_a_scan_is_refused_the_same_way_without_reflection()
    {
        var wrongKind = Path.Combine(_folder, "wrong-kind.json");
        File.WriteAllText(wrongKind, """{"format": 1, "tool": "commons", "repositories": [{"name": "x", "findings": [{"id": 5}]}]}""");
        AssertSameBytes("report", "merge", wrongKind, "--format", "json");
    }
}
