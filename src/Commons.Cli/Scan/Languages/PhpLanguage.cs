using System.Collections.Generic;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>PHP (and Drupal's PHP files): Composer's <c>composer.json</c>, <c>use</c> and <c>new</c> of a namespaced class.</summary>
    internal sealed class PhpLanguage : SourceLanguage
    {
        /// <summary>PHP: <c>//</c>, <c>#</c> (not <c>#[</c>, an attribute), <c>/* */</c>, heredocs; outside <c>&lt;?php ?&gt;</c>, HTML is not code.</summary>
        public static readonly SourceSyntax Php = new SourceSyntax("PHP") { SlashComments = true, HashComments = true, Heredocs = true, MultilineQuotes = true, HtmlOutsideTags = true };

        private static readonly string[] ComposerSections = { "require", "require-dev" };

        private static readonly Regex PhpUse = new Regex(@"^[ \t]*use[ \t]+(?:function[ \t]+|const[ \t]+)?(?<m>\\?[A-Za-z_][\w\\]*)", ImportFinder.BoundedShape | RegexOptions.Multiline | RegexOptions.IgnoreCase);

        private static readonly Regex PhpNew = new Regex(@"\bnew\s+(?<m>\\?[A-Za-z_][\w\\]*)", ImportFinder.BoundedShape | RegexOptions.IgnoreCase);

        public override string ImportLanguage => ImportSignature.Php;

        public override IReadOnlyList<string> Ecosystems { get; } = new[] { PackageEcosystems.Composer };

        public override IReadOnlyList<SourceFileForm> Files { get; } = new[]
        {
            new SourceFileForm(".php", Php),
            new SourceFileForm(".module", Php),
            new SourceFileForm(".inc", Php),
            new SourceFileForm(".install", Php),
            new SourceFileForm(".theme", Php),
        };

        public override IReadOnlyList<ManifestForm> Manifests { get; } = new[]
        {
            ManifestForm.Named("Composer", text => ManifestReaders.JsonSections(text, PackageEcosystems.Composer, ComposerSections), "composer.json"),
        };

        public override bool ModulesIgnoreCase => true;

        public override IEnumerable<(string Module, int Offset)> Imports(TokenizedSource source)
        {
            return ImportFinder.Concat(ImportFinder.Named(source, PhpUse), ImportFinder.Named(source, PhpNew));
        }
    }
}
