using System.Text.RegularExpressions;
using Commons.Engine.Findings;

namespace Commons.Engine.Tests;

/// <summary>Every record rule has its page in docs/rules, and no page documents a rule that does not exist.</summary>
public class RuleDocumentationTests
{
    private static readonly HashSet<string> KnownIds = RecordRules.All.Select(r => r.Id).ToHashSet();

    [Fact]
    public void Every_record_rule_has_a_doc_page_that_explains_it_in_both_languages()
    {
        foreach (var rule in RecordRules.All)
        {
            var page = RepositoryPaths.Of("docs", "rules", rule.Id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            var text = File.ReadAllText(page);
            Assert.StartsWith("# " + rule.Id, text);
            Assert.Contains("Pourquoi", text);
            Assert.Contains("Why", text);
        }
    }

    [Fact]
    public void No_record_rule_page_documents_an_unknown_id()
    {
        // CN00xx–CN02xx are the engine's ranges; the task (CN09xx) and the analyzers (CN1xxx) check their own.
        var pages = Directory.GetFiles(RepositoryPaths.Of("docs", "rules"), "CN0*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(id => Regex.IsMatch(id!, "^CN0[0-2][0-9]{2}$"));
        Assert.All(pages, id => Assert.Contains(id!, KnownIds));
    }

    [Fact]
    public void The_format_documentation_names_only_known_record_rules()
    {
        var text = File.ReadAllText(RepositoryPaths.Of("docs", "decision-record.md"));
        var named = Regex.Matches(text, @"\bCN0[0-2][0-9]{2}\b").Select(m => m.Value).ToHashSet();
        Assert.NotEmpty(named);
        Assert.All(named, id => Assert.Contains(id, KnownIds));
        Assert.All(KnownIds, id => Assert.Contains(id, named));
    }
}
