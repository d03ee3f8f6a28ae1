using System;
using System.IO;
using Xunit;

namespace Commons.Build.Tests
{
    public sealed class RuleDocumentationTests
    {
        [Fact]
        public void Every_build_rule_has_a_documentation_page()
        {
            var docs = Path.Combine(RepositoryRoot(), "docs", "rules");
            foreach (var id in BuildRules.All)
            {
                var page = Path.Combine(docs, id + ".md");
                Assert.True(File.Exists(page), "missing documentation page " + page);
                var text = File.ReadAllText(page);
                Assert.Contains(id, text);
            }
        }

        [Fact]
        public void Build_rule_ids_are_in_the_build_range()
        {
            Assert.All(BuildRules.All, id => Assert.Matches("^CN09[0-9][0-9]$", id));
            Assert.Equal(BuildRules.All.Count, new System.Collections.Generic.HashSet<string>(BuildRules.All).Count);
        }

        internal static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }
}
