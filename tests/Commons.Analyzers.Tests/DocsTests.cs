using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Commons.Analyzers.Tests
{
    /// <summary>Every diagnostic has its page in docs/rules, and the table of rules lists exactly the shipped IDs.</summary>
    public class DocsTests
    {
        private static readonly string Root = FindRoot();

        [Fact]
        public void Every_diagnostic_has_a_doc_page_matching_its_help_link()
        {
            foreach (var descriptor in Descriptors.All)
            {
                var page = Path.Combine(Root, "docs", "rules", descriptor.Id + ".md");
                Assert.True(File.Exists(page), "missing " + page);
                Assert.StartsWith("# " + descriptor.Id, File.ReadAllText(page), StringComparison.Ordinal);
                Assert.EndsWith("docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void The_rules_table_lists_exactly_the_shipped_IDs()
        {
            var table = File.ReadAllLines(Path.Combine(Root, "docs", "rules", "README.md"))
                .Where(l => l.StartsWith("| [CN", StringComparison.Ordinal))
                .Select(l => l.Substring(3, 6))
                .ToList();
            Assert.Equal(Descriptors.All.Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal), table);
        }

        [Fact]
        public void Release_tracking_lists_every_ID()
        {
            var unshipped = File.ReadAllText(Path.Combine(Root, "src", "Commons.Analyzers", "AnalyzerReleases.Unshipped.md"));
            foreach (var descriptor in Descriptors.All)
            {
                Assert.Contains(descriptor.Id + " |", unshipped, StringComparison.Ordinal);
            }
        }

        private static string FindRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }
}
