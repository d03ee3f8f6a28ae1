using System.Text.RegularExpressions;
using System.Xml.Linq;
using Commons.Engine.Findings;

namespace Commons.Engine.Tests;

/// <summary>Every message exists in English and French with the same placeholders, and every rule has a title.</summary>
public class MessageResourceTests
{
    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(RepositoryPaths.Of("src", "Commons.Engine", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void English_and_french_have_the_same_keys_and_placeholders()
    {
        var english = Load("Messages.resx");
        var french = Load("Messages.fr.resx");
        Assert.Equal(english.Keys.Order(), french.Keys.Order());
        foreach (var key in english.Keys)
        {
            Assert.True(Placeholders(english[key]).SetEquals(Placeholders(french[key])), key);
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
