using System.Globalization;
using Commons.Cli.Audit;

namespace Commons.Cli.Tests;

/// <summary>Every audit ID (CN0951–CN0956) has its doc page and a title in English and French.</summary>
public class AuditRuleDocumentationTests
{
    [Fact]
    public void Every_audit_rule_has_a_doc_page_and_titles_in_both_languages()
    {
        foreach (var kind in AuditRules.All)
        {
            var id = AuditRules.IdOf(kind);
            var page = Path.Combine(CliRunner.RepositoryRoot, "docs", "rules", id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            Assert.StartsWith("# " + id, File.ReadAllText(page));

            var english = AuditRules.Title(kind, CultureInfo.GetCultureInfo("en"));
            var french = AuditRules.Title(kind, CultureInfo.GetCultureInfo("fr"));
            Assert.NotEqual("Title_" + id, english);
            Assert.NotEqual("Title_" + id, french);
            Assert.NotEqual(english, french);
        }
    }
}
