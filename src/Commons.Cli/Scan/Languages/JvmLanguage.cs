using System.Collections.Generic;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>Java and Kotlin: Maven coordinates from <c>pom.xml</c> and Gradle's scripts and version catalog, <c>import</c>.</summary>
    internal sealed class JvmLanguage : SourceLanguage
    {
        /// <summary>Java, and the JVM's scripts (Kotlin, Groovy): <c>//</c>, <c>/* */</c>, text blocks <c>"""</c>.</summary>
        public static readonly SourceSyntax Java = new SourceSyntax("Java") { SlashComments = true, TripleDoubleQuotes = true };

        public static readonly SourceSyntax Kotlin = new SourceSyntax("Kotlin") { SlashComments = true, TripleDoubleQuotes = true };

        /// <summary>Gradle build scripts (Groovy or Kotlin): strings in single or double quotes, <c>"""</c> blocks.</summary>
        public static readonly SourceSyntax Gradle = new SourceSyntax("Gradle") { SlashComments = true, TripleDoubleQuotes = true, TripleSingleQuotes = true, MultilineQuotes = false };

        private static readonly Regex JavaImport = new Regex(@"^[ \t]*import[ \t]+(?:static[ \t]+)?(?<m>[A-Za-z_][\w.]*)", ImportFinder.BoundedShape | RegexOptions.Multiline);

        public override string ImportLanguage => ImportSignature.Java;

        public override IReadOnlyList<string> Ecosystems { get; } = new[] { PackageEcosystems.Maven };

        public override IReadOnlyList<SourceFileForm> Files { get; } = new[]
        {
            new SourceFileForm(".java", Java),
            new SourceFileForm(".kt", Kotlin),
            new SourceFileForm(".kts", Kotlin),
            new SourceFileForm(".gradle", Gradle, ReadsImports: false), // scanned for hosts; its dependencies are the manifest's
            new SourceFileForm(".gradle.kts", Gradle, ReadsImports: false),
        };

        public override IReadOnlyList<ManifestForm> Manifests { get; } = new[]
        {
            ManifestForm.Named("Maven", JvmManifests.Pom, "pom.xml"),
            ManifestForm.Named("Gradle", JvmManifests.Gradle, "build.gradle", "build.gradle.kts"),
            ManifestForm.Named("Gradle", JvmManifests.GradleVersionCatalog, "libs.versions.toml"),
        };

        /// <summary>A fully qualified name in code (<c>new org.apache.poi.xssf.usermodel.XSSFWorkbook()</c>).</summary>
        public override bool NamesInFull(string module) => true;

        public override IEnumerable<(string Module, int Offset)> Imports(TokenizedSource source)
        {
            return ImportFinder.Named(source, JavaImport);
        }
    }
}
