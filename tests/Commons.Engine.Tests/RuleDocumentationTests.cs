using System.Text.RegularExpressions;
using Commons.Engine.Findings;

namespace Commons.Engine.Tests;

/// <summary>The format documentation names the record rules (their pages are checked with every rule in Commons.Cli.Tests' EveryRuleTests).</summary>
public class RuleDocumentationTests
{
    private static readonly HashSet<string> KnownIds = RecordRules.All.Select(r => r.Id).ToHashSet();

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
