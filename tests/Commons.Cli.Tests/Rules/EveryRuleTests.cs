using System.Text.RegularExpressions;
using Commons.Engine.Findings;

namespace Commons.Cli.Tests.Rules;

/// <summary>
/// For every diagnostic of the project (record, build, audit, bricks, catalog): its ID is registered once, it has its
/// page in docs/rules with the help link pointing there, and a title in English and in French.
/// </summary>
public class EveryRuleTests
{
    private static readonly string RulePages = RepositoryPaths.Of("docs", "rules");

    [Fact]
    public void The_rules_are_exactly_the_registered_ids_each_reported_by_one_part()
    {
        var ids = RuleIndex.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(DiagnosticIds.All, ids);
    }

    [Fact]
    public void Every_rule_has_a_page_that_starts_with_its_id_and_explains_why()
    {
        Assert.All(RuleIndex.All, rule =>
        {
            var page = Path.Combine(RulePages, rule.Id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            var text = File.ReadAllText(page);
            Assert.StartsWith("# " + rule.Id, text, StringComparison.Ordinal);
            Assert.Contains(rule.Id, text, StringComparison.Ordinal);
            if (rule.Reporter.StartsWith("record", StringComparison.Ordinal))
            {
                Assert.Contains("Pourquoi", text, StringComparison.Ordinal);
                Assert.Contains("Why", text, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void No_page_documents_an_unknown_id()
    {
        var pages = Directory.GetFiles(RulePages, "CN*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, id => Assert.Contains(id!, DiagnosticIds.All));
    }

    [Fact]
    public void Every_help_link_points_at_the_rule_page()
    {
        Assert.All(RuleIndex.All, rule => Assert.EndsWith("docs/rules/" + rule.Id + ".md", rule.HelpUri, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_has_a_title_in_english_and_in_french()
    {
        Assert.All(RuleIndex.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.EnglishTitle), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.FrenchTitle), rule.Id);
            Assert.DoesNotContain("Title_", rule.EnglishTitle, StringComparison.Ordinal);
            Assert.DoesNotContain("Title_", rule.FrenchTitle, StringComparison.Ordinal);
            Assert.NotEqual(rule.EnglishTitle, rule.FrenchTitle);
        });
    }

    [Fact]
    public void The_rules_index_lists_exactly_the_registered_ids()
    {
        var table = File.ReadAllLines(Path.Combine(RulePages, "README.md"))
            .Select(line => Regex.Match(line, @"^\| \[(CN[0-9]{4})\]"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.Equal(DiagnosticIds.All, table);
    }
}
