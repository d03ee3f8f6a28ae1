using System.Text.RegularExpressions;
using Commons.Cli.Reports;
using YamlDotNet.RepresentationModel;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary>
/// The CI templates of docs/ci (GitHub Actions reusable workflow, GitLab CI parallel:matrix) run one
/// <c>commons scan REPO --format json</c> per repository, then <c>commons report merge *.json --report fleet.html</c>.
/// These tests read the commands out of the templates and run that sequence on samples/fleet: the merged report must
/// hold exactly the findings of one scan of the whole fleet.
/// </summary>
public class CiTemplateTests
{
    private const string ScanStep = "commons scan {repository} --format json --output scan-{index}.json";
    private const string MergeStep = "commons report merge scan-*.json --report fleet.html";

    private static readonly string[] Templates =
    {
        Path.Combine(RepositoryPaths.Root, "docs", "ci", "github", "commons-fleet.yml"),
        Path.Combine(RepositoryPaths.Root, "docs", "ci", "gitlab", "commons-fleet.gitlab-ci.yml"),
    };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Each_template_is_yaml_and_runs_the_scan_then_merge_commands(int template)
    {
        var text = File.ReadAllText(Templates[template]);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text)); // throws on a template that is not YAML

        Assert.Equal(new[] { ScanStep, MergeStep }, Commands(text));
        Assert.Contains(template == 0 ? "workflow_call:" : "parallel:\n    matrix:", text.Replace("\r", string.Empty));
    }

    [Fact]
    public void The_templates_command_sequence_on_samples_fleet_gives_the_same_findings_as_one_scan()
    {
        var fleet = Path.Combine(RepositoryPaths.Root, "samples", "fleet");
        var work = Directory.CreateTempSubdirectory("commons-ci-").FullName;
        try
        {
            // One job per repository, as the matrix runs them, each in its own working folder with the repository checked out.
            var repositories = Directory.GetDirectories(fleet).OrderBy(d => d, StringComparer.Ordinal).ToList();
            for (var index = 0; index < repositories.Count; index++)
            {
                var arguments = Arguments(ScanStep.Replace("{repository}", repositories[index]).Replace("{index}", index.ToString()), work);
                var (code, _, error) = Run(arguments);
                Assert.True(code is 0 or 1, string.Join(" ", arguments) + ": " + error);
            }

            // The merge job: the shell expands scan-*.json.
            var merge = Arguments(MergeStep, work);
            var expanded = merge.TakeWhile(a => a != "scan-*.json")
                .Concat(Directory.GetFiles(work, "scan-*.json").OrderBy(f => f, StringComparer.Ordinal))
                .Concat(merge.SkipWhile(a => a != "scan-*.json").Skip(1))
                .Concat(new[] { "--format", "json" })
                .ToArray();
            var (mergeCode, merged, mergeError) = Run(expanded);
            Assert.True(mergeCode == 1, "merge: " + mergeError); // the sample fleet has errors: the report job fails, as it should

            var (_, direct, _) = Run("scan", fleet, "--format", "json");
            Assert.Equal(Keys(FleetReport.FromJson(direct)), Keys(FleetReport.FromJson(merged)));
            Assert.Equal(repositories.Count, FleetReport.FromJson(merged).Repositories.Count);

            var page = File.ReadAllText(Path.Combine(work, "fleet.html"));
            foreach (var name in repositories.Select(Path.GetFileName))
            {
                Assert.Contains(">" + name + " <span class=\"badge", page);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The commons commands of a template, with its variables written as {repository} and {index}.</summary>
    private static List<string> Commands(string template) =>
        Regex.Matches(template, @"^\s*(?:-\s*|run:\s*)(commons\s.*?)(?:\s*\|\|.*)?$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .Select(c => Regex.Replace(c, @"""?\$\{\{\s*matrix\.repository\s*\}\}""?|""\$REPOSITORY_DIR""", "{repository}"))
            .Select(c => Regex.Replace(c, @"\$\{\{\s*strategy\.job-index\s*\}\}|\$CI_NODE_INDEX", "{index}"))
            .Select(c => c.Replace("\"", string.Empty).Trim())
            .ToList();

    /// <summary>A template's command as the CLI's arguments, its output files in the job's working folder.</summary>
    private static string[] Arguments(string command, string work)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i - 1] is "--output" or "--report")
            {
                words[i] = Path.Combine(work, words[i]);
            }
        }

        return words;
    }

    private static List<string> Keys(FleetReport report) =>
        report.Findings.Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id + " " + f.Severity).OrderBy(k => k, StringComparer.Ordinal).ToList();
}
