using Microsoft.CodeAnalysis;
using Xunit;

namespace Commons.Analyzers.Tests
{
    /// <summary>
    /// docs/msbuild.md claims the .NET 8 SDK and Visual Studio 17.8, whose compiler is Roslyn 4.8: these tests run the
    /// analyzers and the code fix in that compiler, not in the SDK's newer one, so every test here is a test on the
    /// oldest host claimed.
    /// </summary>
    public class OldestHostTests
    {
        [Fact]
        public void The_analyzer_tests_host_the_analyzers_in_Roslyn_4_8()
        {
            Assert.Equal(new System.Version(4, 8, 0, 0), typeof(Compilation).Assembly.GetName().Version);
            Assert.Equal(new System.Version(4, 8, 0, 0), typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).Assembly.GetName().Version);
        }
    }
}
