using System.Collections.Generic;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>JavaScript, TypeScript and Vue components: npm's <c>package.json</c>, <c>require</c> and <c>import</c>.</summary>
    internal sealed class JavaScriptLanguage : SourceLanguage
    {
        public static readonly SourceSyntax JavaScript = new SourceSyntax("JavaScript") { SlashComments = true, Backticks = true, BacktickEscapes = true, RegexLiterals = true };

        /// <summary>A Vue single-file component: only its &lt;script&gt; blocks are code; its template is markup, its text prose.</summary>
        public static readonly SourceSyntax Vue = new SourceSyntax("Vue") { SlashComments = true, Backticks = true, BacktickEscapes = true, RegexLiterals = true, ScriptBlocksOnly = true };

        public static readonly SourceSyntax TypeScript = new SourceSyntax("TypeScript") { SlashComments = true, Backticks = true, BacktickEscapes = true, RegexLiterals = true };

        private static readonly string[] NpmSections = { "dependencies", "devDependencies", "optionalDependencies", "peerDependencies" };

        /// <summary>require('x'), import('x'), import 'x', import … from 'x', export … from 'x': the quote is the group q.</summary>
        private static readonly Regex JavaScriptImport = new Regex(
            @"\brequire\s*\(\s*(?<q>['""`])|\bimport\s*\(\s*(?<q>['""`])|\bimport\s+(?<q>['""])|\b(?:import|export)\b[^;'""`]{0,400}?\bfrom\s*(?<q>['""])",
            ImportFinder.BoundedShape);

        public override string ImportLanguage => ImportSignature.JavaScript;

        public override IReadOnlyList<string> Ecosystems { get; } = new[] { PackageEcosystems.Npm };

        public override IReadOnlyList<SourceFileForm> Files { get; } = new[]
        {
            new SourceFileForm(".js", JavaScript),
            new SourceFileForm(".jsx", JavaScript),
            new SourceFileForm(".mjs", JavaScript),
            new SourceFileForm(".cjs", JavaScript),
            new SourceFileForm(".ts", TypeScript),
            new SourceFileForm(".tsx", TypeScript),
            new SourceFileForm(".mts", TypeScript),
            new SourceFileForm(".cts", TypeScript),
            new SourceFileForm(".d.ts", null), // declarations: types, no code
            new SourceFileForm(".vue", Vue),
        };

        public override IReadOnlyList<ManifestForm> Manifests { get; } = new[]
        {
            ManifestForm.Named("npm", text => ManifestReaders.JsonSections(text, PackageEcosystems.Npm, NpmSections), "package.json"),
        };

        public override bool ImportsPackagesByName => true;

        public override IEnumerable<(string Module, int Offset)> Imports(TokenizedSource source)
        {
            return ImportFinder.Quoted(source, JavaScriptImport);
        }
    }
}
