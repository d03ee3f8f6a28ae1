using System.Text.RegularExpressions;
using System.Xml.Linq;
using Commons.Engine.Findings;

namespace Commons.Engine.Tests;

/// <summary>
/// Every message of every project exists in English and French with the same placeholders (each resource file of
/// src/ and its .fr.resx pair), and every record rule has a title.
/// </summary>
public class MessageResourceTests
{
    private static Dictionary<string, string> Load(string file) => LoadPath(RepositoryPaths.Of("src", "Commons.Engine", "Resources", file));

    private static Dictionary<string, string> LoadPath(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    /// <summary>Each English (neutral) resource file of src/, relative to the repository root.</summary>
    public static TheoryData<string> EnglishResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".fr.resx", StringComparison.Ordinal))
                     .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void Every_project_has_its_resource_pairs_checked()
    {
        // The resource files of the engine, the build task, the CLI and the analyzers: a new one joins the theory below.
        Assert.True(EnglishResourceFiles().Count<object[]>() >= 7);
    }

    [Theory]
    [MemberData(nameof(EnglishResourceFiles))]
    public void English_and_french_have_the_same_keys_and_placeholders(string englishFile)
    {
        var englishPath = RepositoryPaths.Of(englishFile.Split('/'));
        var frenchPath = Path.ChangeExtension(englishPath, ".fr.resx");
        Assert.True(File.Exists(frenchPath), "no French pair for " + englishFile);
        var english = LoadPath(englishPath);
        var french = LoadPath(frenchPath);
        Assert.Equal(english.Keys.Order(), french.Keys.Order());
        foreach (var key in english.Keys)
        {
            Assert.True(Placeholders(english[key]).SetEquals(Placeholders(french[key])), englishFile + ": " + key);
        }
    }

    [Fact]
    public void Every_rule_has_a_title_in_both_languages()
    {
        var english = Load("Messages.resx");
        var french = Load("Messages.fr.resx");
        foreach (var rule in RecordRules.All)
        {
            Assert.True(english.ContainsKey("Title_" + rule.Id), rule.Id);
            Assert.True(french.ContainsKey("Title_" + rule.Id), rule.Id);
        }
    }

    [Fact]
    public void Rule_ids_are_unique_and_shaped_for_problem_matchers()
    {
        Assert.Equal(RecordRules.All.Count, RecordRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(RecordRules.All, r => Assert.Matches("^[A-Za-z]+[0-9]+$", r.Id));
    }

    private static HashSet<string> Placeholders(string text) => Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();
}
