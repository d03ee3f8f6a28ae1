using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Commons.Engine.Catalog;
using Tomlyn.Syntax;
using static Commons.Cli.Scan.ManifestReaders;
using static Commons.Cli.Scan.TomlManifest;

namespace Commons.Cli.Scan
{
    /// <summary>Maven and Gradle dependencies: pom.xml as XML, Gradle scripts by their declarations, the version catalog as TOML.</summary>
    internal static class JvmManifests
    {
        /// <summary>A Gradle dependency configuration followed by its coordinates' string: implementation("g:a:v"), api 'g:a'.</summary>
        private static readonly Regex GradleDeclaration = new Regex(
            @"\b(?:implementation|api|compile|compileOnly|runtimeOnly|runtime|testImplementation|testCompileOnly|testRuntimeOnly|testCompile|annotationProcessor|kapt|ksp|classpath|developmentOnly|providedCompile|providedRuntime|[a-z]\w*(?:Implementation|Api|CompileOnly|RuntimeOnly))\s*\(?\s*(?:platform\s*\(\s*|enforcedPlatform\s*\(\s*)?(?<q>['""])",
            Linear);

        private static readonly Regex GradleMapNotation = new Regex(@"\bgroup\s*[:=]\s*(?<g>['""])[^\n]*?\bname\s*[:=]\s*(?<a>['""])", Linear);

        private static readonly Regex Coordinates = new Regex(@"^(?<g>[\w.\-]+):(?<a>[\w.\-]+)(?::[^:@\s]*)?(?::[\w.\-]+)?(?:@\w+)?$", Linear);

        /// <summary>Gradle's version catalog: <c>[libraries]</c> entries, as <c>"g:a:v"</c>, <c>{ module = "g:a" }</c> or <c>{ group, name }</c>.</summary>
        internal static IEnumerable<DeclaredPackage> GradleVersionCatalog(string text)
        {
            var document = Toml(text);
            var found = new List<DeclaredPackage>();
            foreach (var (table, _, value) in Entries(document).Where(e => e.Table == "libraries"))
            {
                if (value is StringValueSyntax coordinates && coordinates.Value != null)
                {
                    var match = Coordinates.Match(coordinates.Value);
                    if (match.Success)
                    {
                        found.Add(new DeclaredPackage(PackageEcosystems.Maven, match.Groups["g"].Value + ":" + match.Groups["a"].Value, coordinates.Span.Start.Offset + 1));
                    }
                }
                else if (value is InlineTableSyntax inline)
                {
                    var fields = inline.Items.Select(i => i.KeyValue).Where(kv => kv?.Key != null && kv.Value is StringValueSyntax)
                        .ToDictionary(kv => KeyText(kv!.Key!), kv => (StringValueSyntax)kv!.Value!);
                    if (fields.TryGetValue("module", out var module) && module.Value != null && module.Value.Contains(':'))
                    {
                        found.Add(new DeclaredPackage(PackageEcosystems.Maven, module.Value, module.Span.Start.Offset + 1));
                    }
                    else if (fields.TryGetValue("group", out var group) && fields.TryGetValue("name", out var artifact))
                    {
                        found.Add(new DeclaredPackage(PackageEcosystems.Maven, group.Value + ":" + artifact.Value, artifact.Span.Start.Offset + 1));
                    }
                }
            }

            return found;
        }

        /// <summary>pom.xml: every <c>&lt;dependency&gt;</c>'s groupId and artifactId, reported at the artifactId.</summary>
        internal static IEnumerable<DeclaredPackage> Pom(string text)
        {
            var lines = new LineMap(text);
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, MaxCharactersFromEntities = 1024 };
            XDocument document;
            try
            {
                using (var reader = XmlText.Create(text, settings))
                {
                    document = XDocument.Load(reader, LoadOptions.SetLineInfo);
                }
            }
            catch (XmlException ex)
            {
                throw new UnreadableConfigurationException(ex.Message);
            }

            var found = new List<DeclaredPackage>();
            foreach (var dependency in document.Descendants().Where(e => e.Name.LocalName == "dependency"))
            {
                var group = dependency.Elements().FirstOrDefault(e => e.Name.LocalName == "groupId");
                var artifact = dependency.Elements().FirstOrDefault(e => e.Name.LocalName == "artifactId");
                if (group == null || artifact == null)
                {
                    continue;
                }

                var info = (IXmlLineInfo)artifact;
                var offset = lines.Offset(info.LineNumber, info.LinePosition);
                var name = artifact.Value.Trim();
                var at = name.Length == 0 ? -1 : text.IndexOf(name, offset, StringComparison.Ordinal);
                found.Add(new DeclaredPackage(PackageEcosystems.Maven, group.Value.Trim() + ":" + name, at >= 0 ? at : offset));
            }

            return found;
        }

        /// <summary>build.gradle(.kts): coordinates strings after a dependency configuration, and the map notation.</summary>
        internal static IEnumerable<DeclaredPackage> Gradle(string text)
        {
            var source = SourceTokenizer.Tokenize(text, SourceSyntax.Gradle);
            foreach (Match match in GradleDeclaration.Matches(source.Code))
            {
                if (source.TryLiteralAt(match.Groups["q"].Index, out var literal))
                {
                    var coordinates = Coordinates.Match(source.ContentOf(literal));
                    if (coordinates.Success)
                    {
                        yield return new DeclaredPackage(PackageEcosystems.Maven, coordinates.Groups["g"].Value + ":" + coordinates.Groups["a"].Value, literal.Start);
                    }
                }
            }

            foreach (Match match in GradleMapNotation.Matches(source.Code))
            {
                if (source.TryLiteralAt(match.Groups["g"].Index, out var group) && source.TryLiteralAt(match.Groups["a"].Index, out var artifact))
                {
                    yield return new DeclaredPackage(PackageEcosystems.Maven, source.ContentOf(group) + ":" + source.ContentOf(artifact), artifact.Start);
                }
            }
        }
    }
}
