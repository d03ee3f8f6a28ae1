using Microsoft.CodeAnalysis.Testing;

namespace Commons.Analyzers.Tests
{
    /// <summary>The build properties the package makes compiler-visible (CommonsLanguage, CommonsToday), as a build passes them.</summary>
    internal static class GlobalOptions
    {
        public static TTest WithBuildProperties<TTest>(this TTest test, params (string Name, string Value)[] properties)
            where TTest : Microsoft.CodeAnalysis.Testing.AnalyzerTest<DefaultVerifier>
        {
            var text = "is_global = true\n";
            foreach (var (name, value) in properties)
            {
                text += "build_property." + name + " = " + value + "\n";
            }

            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", text));
            return test;
        }
    }
}
