using Commons.Engine.Advice;
using Commons.Engine.Policy;
using Commons.Engine.Record;
using Spectre.Console.Testing;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

public sealed class InitCommandTests : IDisposable
{
    private const string Today = "2026-11-28";
    private const string Reason = "Aucun commun ne convient pour ce projet précis.";
    private readonly string _root = Directory.CreateTempSubdirectory("commons-init-").FullName;
    private int _count;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Every path through the tree, built from the tree data: nature × needs × each compliant solution (× ladder step).</summary>
    public static IEnumerable<object[]> Paths()
    {
        var tree = PolicyTree.Embedded;
        var advisor = new DecisionAdvisor(tree);
        var common = new[] { "--name", "Projet d'essai : « test »", "--owner", "DNUM/SDPSN", "--today", Today, "--non-interactive" };
        foreach (var nature in tree.Natures.Values)
        {
            var args = common.Concat(new[] { "--nature", nature.Id }).ToList();
            if (nature.RequiredSections.Count == 0)
            {
                yield return new object[] { args.Concat(new[] { "--description", "Une API interne sans usagers." }).ToArray() };
            }

            if (nature.RequiredSections.Contains("site"))
            {
                foreach (var solution in tree.SiteSolutions)
                {
                    yield return new object[] { args.Concat(new[] { "--solution", solution, "--justification", Reason }).ToArray() };
                }
            }

            if (nature.RequiredSections.Contains("front-usager"))
            {
                var needSets = new List<string[]> { Array.Empty<string>(), tree.FrontNeeds.Keys.ToArray() };
                needSets.AddRange(tree.FrontNeeds.Keys.Select(n => new[] { n }));
                needSets.AddRange(tree.FrontCommons.SelectMany(a => tree.FrontCommons.Where(b => b != a), (a, b) => new[] { a.Covered[0], b.Covered[0] }));
                foreach (var needs in needSets)
                {
                    foreach (var solution in advisor.AdviseFront(needs).Allowed)
                    {
                        var front = args.Concat(new[] { "--solution", solution, "--justification", Reason });
                        if (needs.Length > 0)
                        {
                            front = front.Concat(new[] { "--needs", string.Join(",", needs) });
                        }

                        yield return new object[] { front.ToArray() };
                        if (needs.Length == 1)
                        {
                            foreach (var step in tree.BackOfficeLadder)
                            {
                                var back = front.Concat(new[] { "--back-office", step, "--compromise-sought", "--glpi-limits", tree.GlpiLimits.Keys.First(), "--back-office-justification", Reason });
                                back = back.Concat(tree.BackOfficeStepsToRuleOut.SelectMany(s => new[] { "--ruled-out", s + "=" + Reason }));
                                yield return new object[] { back.ToArray() };
                            }
                        }
                    }
                }
            }

            if (nature.RequiredSections.Contains("referentiel"))
            {
                var needSets = new List<string[]> { tree.ReferentialSimpleNeeds.ToArray(), tree.ReferentialNeeds.ToArray() };
                needSets.AddRange(tree.ReferentialNeeds.Select(n => new[] { n }));
                foreach (var needs in needSets)
                {
                    foreach (var control in new[] { false, true })
                    {
                        foreach (var solution in advisor.AdviseReferential(needs, control).Allowed)
                        {
                            yield return new object[] { args.Concat(new[] { "--needs", string.Join(",", needs), "--data-model-control", control ? "true" : "false", "--solution", solution, "--justification", Reason }).ToArray() };
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Every_path_through_the_tree_writes_a_record_that_passes_check(string[] args)
    {
        var folder = NewFolder();
        var bricks = new[] { "--brick", "notifications=commun", "--brick", "api-ban=non-concerne", "--exception", "ged=2027-06-30:Le stockage S3 commun n'est pas encore ouvert." };
        var (code, output, error) = Run(new[] { "init", folder }.Concat(args).Concat(bricks).ToArray());
        Assert.True(code == 0, error + output);
        var path = Path.Combine(folder, "commons-decision.yml");
        var text = File.ReadAllText(path);
        Assert.StartsWith("# yaml-language-server: $schema=", text);
        var result = new RecordValidator(new ValidationOptions { Today = () => new DateTime(2026, 11, 28) }).ValidateFile(path);
        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings) + "\n" + text);
        Assert.Equal(args[Array.IndexOf(args, "--nature") + 1], result.Record!.Nature);
        Assert.Equal("Projet d'essai : « test »", result.Record.ProjectName);
        Assert.Equal(0, Run("check", folder, "--today", Today).ExitCode);
    }

    [Fact]
    public void Without_a_solution_the_policy_proposal_is_written_and_explained()
    {
        var folder = NewFolder();
        var (code, output, _) = Run("init", folder, "--nature", "demarche-en-ligne", "--name", "Portail", "--owner", "DNUM", "--needs", "franceconnect", "--lang", "en", "--today", Today);
        Assert.Equal(0, code);
        Assert.Contains("Démarches Simplifiées covers them all", output);
        Assert.Contains("solution: demarches-simplifiees", File.ReadAllText(Path.Combine(folder, "commons-decision.yml")));
    }

    [Theory]
    [InlineData("fr", "Aucun besoin particulier : la politique préfère Démarches Simplifiées : choisissez demarches-simplifiees.")]
    [InlineData("en", "No particular need: the policy prefers Démarches Simplifiées: choose demarches-simplifiees.")]
    public void With_no_particular_need_the_advice_is_a_sentence(string language, string advice)
    {
        var folder = NewFolder();
        var (code, output, error) = Run("init", folder, "--nature", "demarche-en-ligne", "--name", "Portail", "--owner", "DNUM", "--needs", "", "--lang", language, "--today", Today);
        Assert.True(code == 0, error);
        Assert.Contains("→ " + advice, output);
        Assert.DoesNotContain("besoins aucun", output);
    }

    [Fact]
    public void A_solution_that_contradicts_the_tree_is_refused_with_the_compliant_one()
    {
        var folder = NewFolder();
        var (code, output, error) = Run("init", folder, "--nature", "demarche-en-ligne", "--name", "Portail", "--owner", "DNUM", "--needs", "nir,franceconnect", "--solution", "demat-social", "--justification", Reason, "--lang", "en", "--today", Today);
        Assert.Equal(2, code);
        Assert.Contains("Démat Social lacks: FranceConnect login.", output);
        Assert.Contains("compliant: specifique", error);
        Assert.False(File.Exists(Path.Combine(folder, "commons-decision.yml")));
    }

    [Fact]
    public void A_missing_answer_is_a_usage_error()
    {
        var (code, _, error) = Run("init", NewFolder(), "--nature", "site-editorial", "--owner", "DNUM", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("missing answer: --name", error);
    }

    [Fact]
    public void A_placeholder_justification_is_caught_by_the_engine_and_nothing_is_written()
    {
        var folder = NewFolder();
        var (code, _, error) = Run("init", folder, "--nature", "site-editorial", "--name", "Site", "--owner", "DNUM", "--solution", "specifique", "--justification", "TODO", "--today", Today);
        Assert.Equal(2, code);
        Assert.Contains("CN0014", error);
        Assert.False(File.Exists(Path.Combine(folder, "commons-decision.yml")));
    }

    [Fact]
    public void An_existing_record_is_not_overwritten_without_force()
    {
        var folder = NewFolder();
        string[] args = { "init", folder, "--nature", "site-editorial", "--name", "Site", "--owner", "DNUM", "--today", Today };
        Assert.Equal(0, Run(args).ExitCode);
        File.AppendAllText(Path.Combine(folder, "commons-decision.yml"), "# mine\n");
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("--force", error);
        Assert.EndsWith("# mine\n", File.ReadAllText(Path.Combine(folder, "commons-decision.yml")));
        Assert.Equal(0, Run(args.Append("--force").ToArray()).ExitCode);
        Assert.DoesNotContain("# mine", File.ReadAllText(Path.Combine(folder, "commons-decision.yml")));
    }

    [Theory]
    [InlineData("fr", " » est un dossier, pas un fichier : le fichier de décision doit être un fichier nommé commons-decision.yml. Renommez ou déplacez ce dossier.")]
    [InlineData("en", "' is a folder, not a file: the decision record must be a file named commons-decision.yml. Rename or move that folder.")]
    public void A_record_path_that_is_a_folder_is_named_as_a_folder_in_the_runs_language(string language, string message)
    {
        var folder = NewFolder();
        var record = Path.Combine(folder, "commons-decision.yml");
        Directory.CreateDirectory(record);
        foreach (var force in new[] { false, true })
        {
            var args = new[] { "init", folder, "--nature", "site-editorial", "--name", "Site", "--owner", "DNUM", "--today", Today, "--lang", language };
            var (code, output, error) = RunProcess(_root, force ? args.Append("--force").ToArray() : args);
            Assert.Equal(2, code);
            Assert.Equal("commons: " + (language == "fr" ? "« " : "'") + record + message, error.Trim());
            Assert.Equal(string.Empty, output);
            Assert.True(Directory.Exists(record));
        }
    }

    [Fact]
    public void Advice_follows_the_tree_data_not_code()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", "tree.yml"));
        var needs = new[] { "nir", "franceconnect" };
        var today = new DecisionAdvisor(PolicyTree.Parse(text));
        Assert.Equal(new[] { "specifique" }, today.AdviseFront(needs).Allowed);

        // The day Démat Social gains FranceConnect (docs/policy-data.md), init proposes it, with a justification.
        var changed = PolicyTree.Parse(text.Replace("couvre: [nir, finess, rpps, hebergement-hds]", "couvre: [nir, finess, rpps, hebergement-hds, franceconnect]"));
        var advice = new DecisionAdvisor(changed, System.Globalization.CultureInfo.GetCultureInfo("en")).AdviseFront(needs);
        Assert.Equal("demat-social", advice.Recommended);
        Assert.True(advice.RequiresJustification("demat-social"));
        Assert.Contains(advice.Explanation, s => s.Contains("only Démat Social covers them all"));

        // The ladder's threshold is data too.
        var lowered = new DecisionAdvisor(PolicyTree.Parse(text.Replace("seuil-compromis: glpi", "seuil-compromis: aucun")));
        Assert.True(lowered.AdviseBackOffice("glpi").RequiresCompromiseAndLimits);
        Assert.False(today.AdviseBackOffice("glpi").RequiresCompromiseAndLimits);
    }

    /// <summary>The key presses of one walk: démarche, needs franceconnect + nir, specifique, back-office aucun, notifications commun.</summary>
    private static TestConsole Walk()
    {
        var console = new TestConsole().Interactive();
        console.Profile.Capabilities.Ansi = true; // selection prompts need ANSI; the escapes are stripped below
        // Nature: démarche is the 2nd entry of tree.yml.
        console.Input.PushKey(ConsoleKey.DownArrow);
        console.Input.PushKey(ConsoleKey.Enter);
        console.Input.PushTextWithEnter("Portail des aides");
        console.Input.PushTextWithEnter("DNUM/SDPSN");
        // Needs: franceconnect (1st) and nir (3rd).
        console.Input.PushKey(ConsoleKey.Spacebar);
        console.Input.PushKey(ConsoleKey.DownArrow);
        console.Input.PushKey(ConsoleKey.DownArrow);
        console.Input.PushKey(ConsoleKey.Spacebar);
        console.Input.PushKey(ConsoleKey.Enter);
        // Only specifique is compliant: the justification is asked.
        console.Input.PushTextWithEnter("Aucun commun ne couvre NIR et FranceConnect ensemble.");
        // Back-office: aucun (proposed, first).
        console.Input.PushKey(ConsoleKey.Enter);
        // Bricks: notifications (4th) → commun (1st).
        console.Input.PushKey(ConsoleKey.DownArrow);
        console.Input.PushKey(ConsoleKey.DownArrow);
        console.Input.PushKey(ConsoleKey.DownArrow);
        console.Input.PushKey(ConsoleKey.Spacebar);
        console.Input.PushKey(ConsoleKey.Enter);
        console.Input.PushKey(ConsoleKey.Enter);

        return console;
    }

    [Fact]
    public void Interactive_walk_in_French_says_every_word_in_French()
    {
        var folder = NewFolder();
        var console = Walk();
        var error = new StringWriter();
        var code = CommonsCommand.Run(new[] { "init", folder, "--today", Today }, new StringWriter(), error, console);

        var screen = System.Text.RegularExpressions.Regex.Replace(console.Output, @"\x1b\[[0-9;?]*[A-Za-z]", string.Empty);
        Assert.True(code == 0, error.ToString() + screen);
        Assert.Contains("(Flèches haut et bas pour voir les autres choix)", screen); // 13 bricks: more than a page
        Assert.DoesNotContain("Move up and down", screen);
        Assert.DoesNotContain("to reveal more", screen);
    }

    [Fact]
    public void Interactive_walk_asks_only_the_natures_questions_and_proposes_the_compliant_choice()
    {
        var folder = NewFolder();
        var console = Walk();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommonsCommand.Run(new[] { "init", folder, "--lang", "en", "--today", Today }, output, error, console);

        var screen = System.Text.RegularExpressions.Regex.Replace(console.Output, @"\x1b\[[0-9;?]*[A-Za-z]", string.Empty);
        Assert.True(code == 0, error.ToString() + screen);
        Assert.Contains("Démat Social lacks: FranceConnect login.", screen);
        Assert.Contains("The only compliant choice: specifique.", screen);
        Assert.DoesNotContain("data model", screen); // a référentiel question, not a démarche one
        Assert.DoesNotContain("→", output.ToString()); // said once, by the wizard, before the choice
        var record = File.ReadAllText(Path.Combine(folder, "commons-decision.yml"));
        Assert.Contains("besoins: [franceconnect, nir]", record);
        Assert.Contains("solution: specifique", record);
        Assert.Contains("back-office:\n  solution: aucun", record);
        Assert.Contains("notifications: commun", record);
        Assert.Equal(0, Run("check", folder, "--today", Today).ExitCode);
    }

    [Theory]
    [InlineData("Projet: test # pas un commentaire")]
    [InlineData("\"guillemets\" et \\ barre")]
    [InlineData("true")]
    [InlineData("- tiret")]
    [InlineData("2026-01-01")]
    public void Free_text_survives_the_round_trip(string name)
    {
        var folder = NewFolder();
        Assert.Equal(0, Run("init", folder, "--nature", "site-editorial", "--name", name, "--owner", "DNUM", "--today", Today).ExitCode);
        var result = new RecordValidator().ValidateFile(Path.Combine(folder, "commons-decision.yml"));
        Assert.Empty(result.Findings);
        Assert.Equal(name, result.Record!.ProjectName);
    }

    private string NewFolder() => Path.Combine(_root, "r" + Interlocked.Increment(ref _count));
}
