using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Commons.Analyzers.Tests
{
    /// <summary>Release tracking lists every diagnostic (pages, help links and the rules index: EveryRuleTests in Commons.Cli.Tests).</summary>
    public class DocsTests
    {
        private static readonly string Root = RepositoryPaths.Root;

        [Fact]
        public void Release_tracking_lists_every_ID()
        {
            var unshipped = File.ReadAllText(Path.Combine(Root, "src", "Commons.Analyzers", "AnalyzerReleases.Unshipped.md"));
            foreach (var descriptor in Descriptors.All)
            {
                Assert.Contains(descriptor.Id + " |", unshipped, StringComparison.Ordinal);
            }
        }
    }
}
