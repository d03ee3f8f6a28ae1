using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The scan's ad-hoc compilation of a repository, as the SDK would compile it without building it: the latest
    /// language version, the SDK's implicit usings, the framework's reference assemblies and the restored packages.
    /// </summary>
    internal static class CSharpCompilationFactory
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Preview);

        /// <summary>The SDK's implicit usings (Microsoft.NET.Sdk and .Web): most projects rely on them.</summary>
        private const string ImplicitUsings =
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; "
            + "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks; "
            + "global using Microsoft.AspNetCore.Builder; global using Microsoft.AspNetCore.Hosting; global using Microsoft.AspNetCore.Http; "
            + "global using Microsoft.AspNetCore.Routing; global using Microsoft.Extensions.Configuration; "
            + "global using Microsoft.Extensions.DependencyInjection; global using Microsoft.Extensions.Hosting; global using Microsoft.Extensions.Logging;";

        public static CSharpCompilation Create(string repositoryRoot, IEnumerable<SyntaxTree> trees, IReadOnlyList<MetadataReference> packages)
        {
            var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, Path.Combine(repositoryRoot, "obj", "commons.ImplicitUsings.g.cs"));
            // Nullable analysis off: no signature depends on nullability, and the semantic model skips that pass.
            return CSharpCompilation.Create(
                "commons-scan",
                trees.Append(usings),
                ReferenceAssemblies.ForFramework(facades: packages.Count > 0).Concat(packages),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, concurrentBuild: true));
        }
    }
}
