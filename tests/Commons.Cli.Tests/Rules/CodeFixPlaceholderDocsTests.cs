using System.Globalization;
using Commons.Engine.Catalog;
using Commons.Engine.Verdicts;

namespace Commons.Cli.Tests.Rules;

/// <summary>
/// The code fix writes a placeholder justification that fails the next build (CN0014): every place people read about
/// the fix says so, with the command that writes the real reason, and the titles quoted are the fix's own.
/// </summary>
public class CodeFixPlaceholderDocsTests
{
    [Fact]
    public void Every_brick_page_quotes_the_fix_title_and_says_the_placeholder_fails_the_next_build()
    {
        var pages = RuleIndex.All.Where(r => r.Reporter == "bricks").ToList();
        Assert.Equal(BrickCatalog.Embedded.Bricks.Count, pages.Count);
        Assert.All(pages, rule =>
        {
            var brick = BrickCatalog.Embedded.Bricks.Single(b => b.DiagnosticId == rule.Id).Id;
            var page = File.ReadAllText(RepositoryPaths.Of("docs", "rules", rule.Id + ".md"));
            Assert.Contains("\"" + BrickMessages.Format(CultureInfo.GetCultureInfo("en"), "Fix_RecordException", brick) + "\"", page);
            Assert.Contains("\"" + BrickMessages.Format(CultureInfo.GetCultureInfo("fr"), "Fix_RecordException", brick) + "\"", page);
            Assert.Contains("`dotnet format analyzers --diagnostics " + rule.Id + " --severity warn`", page);
            Assert.Contains("**placeholder justification**", page);
            Assert.Contains("fails the next build with [CN0014](CN0014.md)", page);
            Assert.Contains("`commons exception add " + brick + " --justification \"…\" --echeance 2027-06-30`", page);
        });
    }

    [Theory]
    [InlineData("en", "(write its justification before the next build)")]
    [InlineData("fr", "(justification à écrire avant la prochaine compilation)")]
    public void The_fix_title_says_the_justification_is_still_to_write(string language, string words)
    {
        Assert.EndsWith(words, BrickMessages.Format(CultureInfo.GetCultureInfo(language), "Fix_RecordException", "ged"));
    }

    [Fact]
    public void The_readme_says_the_format_route_writes_a_placeholder_that_CN0014_refuses()
    {
        var readme = File.ReadAllText(RepositoryPaths.Of("README.md")).Replace("\r\n", "\n").Replace("\n", " ");
        Assert.Contains("`dotnet format analyzers --diagnostics CN1004 --severity warn` does the same. Both write a **placeholder justification** (\"À compléter : …\") that fails the next build with [CN0014](docs/rules/CN0014.md)", readme);
        Assert.Contains("`commons exception add` writes the reason itself", readme);
    }
}
