using System;
using System.IO;
using Xunit;

namespace Commons.Build.Tests
{
    public sealed class RuleDocumentationTests
    {
        [Fact]
        public void Build_rule_ids_are_in_the_build_range()
        {
            Assert.All(BuildRules.All, id => Assert.Matches("^CN09[0-9][0-9]$", id));
            Assert.Equal(BuildRules.All.Count, new System.Collections.Generic.HashSet<string>(BuildRules.All).Count);
        }
    }
}
