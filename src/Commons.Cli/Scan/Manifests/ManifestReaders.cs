using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Commons.Engine.Catalog;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Commons.Cli.Scan
{
    /// <summary>A dependency a manifest declares: its ecosystem, its name as the registry knows it, where it is written.</summary>
    internal readonly struct DeclaredPackage
    {
        public DeclaredPackage(string ecosystem, string name, int offset)
        {
            Ecosystem = ecosystem;
            Name = name;
            Offset = offset;
        }

        public string Ecosystem { get; }

        public string Name { get; }

        public int Offset { get; }
    }

    /// <summary>
    /// The dependencies each ecosystem's manifest declares, read with the format's parser where it has one (JSON,
    /// TOML, XML) and by the manifest's own line grammar otherwise (requirements.txt, Gemfile, Gradle scripts, after the
    /// tokenizer has blanked their comments). Lock files are never read: the manifest says what the project chose.
    /// </summary>
    internal static class ManifestReaders
    {
        /// <summary>Every pattern is linear, but a file is not trusted: past this, the file is skipped, not the scan.</summary>
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

        private static readonly string[] NpmSections = { "dependencies", "devDependencies", "optionalDependencies", "peerDependencies" };
        private static readonly string[] ComposerSections = { "require", "require-dev" };

        /// <summary>PEP 508: a name starts the requirement; extras, versions and markers follow.</summary>
        private static readonly Regex Pep508Name = new Regex(@"^\s*(?<n>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex BareUrl = new Regex(@"^\s*[A-Za-z][\w+.-]*://", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex GemDeclaration = new Regex(@"^[ \t]*gem[ \t(]+(?<q>['""])|\.add_(?:runtime_|development_)?dependency\s*\(?\s*(?<q>['""])", RegexOptions.CultureInvariant | RegexOptions.Multiline, Timeout);

        /// <summary>A Gradle dependency configuration followed by its coordinates' string: implementation("g:a:v"), api 'g:a'.</summary>
        private static readonly Regex GradleDeclaration = new Regex(
            @"\b(?:implementation|api|compile|compileOnly|runtimeOnly|runtime|testImplementation|testCompileOnly|testRuntimeOnly|testCompile|annotationProcessor|kapt|ksp|classpath|developmentOnly|providedCompile|providedRuntime|[a-z]\w*(?:Implementation|Api|CompileOnly|RuntimeOnly))\s*\(?\s*(?:platform\s*\(\s*|enforcedPlatform\s*\(\s*)?(?<q>['""])",
            RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex GradleMapNotation = new Regex(@"\bgroup\s*[:=]\s*(?<g>['""])[^\n]*?\bname\s*[:=]\s*(?<a>['""])", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex Coordinates = new Regex(@"^(?<g>[\w.\-]+):(?<a>[\w.\-]+)(?::[^:@\s]*)?(?::[\w.\-]+)?(?:@\w+)?$", RegexOptions.CultureInvariant, Timeout);

        /// <summary>The reader of a manifest by its file name, with its ecosystem's name for the report, or null.</summary>
        public static (string Language, Func<string, IEnumerable<DeclaredPackage>> Read)? For(string path)
        {
            var name = Path.GetFileName(path);
            var lower = name.ToLowerInvariant();
            switch (lower)
            {
                case "package.json":
                    return ("npm", text => JsonSections(text, PackageEcosystems.Npm, NpmSections));
                case "composer.json":
                    return ("Composer", text => JsonSections(text, PackageEcosystems.Composer, ComposerSections));
                case "pyproject.toml":
                    return ("PyPI", PyProject);
                case "pipfile":
                    return ("PyPI", Pipfile);
                case "pom.xml":
                    return ("Maven", Pom);
                case "build.gradle":
                case "build.gradle.kts":
                    return ("Gradle", Gradle);
                case "libs.versions.toml":
                    return ("Gradle", GradleVersionCatalog);
                case "gemfile":
                    return ("RubyGems", Gemfile);
            }

            if (lower.EndsWith(".gemspec", StringComparison.Ordinal))
            {
                return ("RubyGems", Gemfile);
            }

            var folder = Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty);
            return lower.EndsWith(".txt", StringComparison.Ordinal) && (lower.StartsWith("requirements", StringComparison.Ordinal) || string.Equals(folder, "requirements", StringComparison.OrdinalIgnoreCase))
                ? ("PyPI", Requirements)
                : ((string, Func<string, IEnumerable<DeclaredPackage>>)?)null;
        }

        /// <summary>Names of the dependency sections of a JSON manifest's root (package.json, composer.json).</summary>
        private static IEnumerable<DeclaredPackage> JsonSections(string text, string ecosystem, string[] sections)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var found = new List<(string, long)>();
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            string? section = null;
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType != JsonTokenType.PropertyName)
                    {
                        continue;
                    }

                    // Depth 1: a key of the root object; depth 2: a key of one of its objects.
                    if (reader.CurrentDepth == 1)
                    {
                        var key = reader.GetString();
                        section = sections.Contains(key) ? key : null;
                    }
                    else if (reader.CurrentDepth == 2 && section != null)
                    {
                        found.Add((reader.GetString() ?? string.Empty, reader.TokenStartIndex));
                    }
                }
            }
            catch (JsonException ex)
            {
                throw new UnreadableConfigurationException(ex.Message);
            }

            return found.Select(f => new DeclaredPackage(ecosystem, f.Item1, Encoding.UTF8.GetCharCount(bytes, 0, (int)f.Item2) + 1));
        }

        /// <summary>requirements*.txt: one requirement a line; options (-r, -e, --index-url) and URLs are not names.</summary>
        private static IEnumerable<DeclaredPackage> Requirements(string text)
        {
            var offset = 0;
            foreach (var raw in text.Split('\n'))
            {
                var start = offset;
                offset += raw.Length + 1;
                var hash = raw.IndexOf(" #", StringComparison.Ordinal);
                var line = raw.TrimStart().StartsWith("#", StringComparison.Ordinal) ? string.Empty : hash >= 0 ? raw.Substring(0, hash) : raw;
                // Options (-r, -e, --index-url) and bare URLs name no package; "name @ https://…" (PEP 508) does.
                if (line.TrimStart().StartsWith("-", StringComparison.Ordinal) || BareUrl.IsMatch(line))
                {
                    continue;
                }

                var match = Pep508Name.Match(line);
                if (match.Success)
                {
                    yield return new DeclaredPackage(PackageEcosystems.PyPI, match.Groups["n"].Value, start + match.Groups["n"].Index);
                }
            }
        }

        /// <summary>
        /// pyproject.toml: PEP 621 <c>[project] dependencies</c> and <c>optional-dependencies</c>, PEP 735
        /// <c>[dependency-groups]</c>, Poetry's <c>[tool.poetry.*dependencies]</c> tables.
        /// </summary>
        private static IEnumerable<DeclaredPackage> PyProject(string text)
        {
            var document = Toml(text);
            var found = new List<DeclaredPackage>();
            foreach (var (table, key, value) in Entries(document))
            {
                var isList = (table == "project" && key == "dependencies")
                    || table == "project.optional-dependencies"
                    || table == "dependency-groups";
                var isPoetryTable = table == "tool.poetry.dependencies" || table == "tool.poetry.dev-dependencies"
                    || (table.StartsWith("tool.poetry.group.", StringComparison.Ordinal) && table.EndsWith(".dependencies", StringComparison.Ordinal));
                if (isList && value is ArraySyntax array)
                {
                    foreach (var item in array.Items)
                    {
                        if (item.Value is StringValueSyntax requirement && requirement.Value != null)
                        {
                            var match = Pep508Name.Match(requirement.Value);
                            if (match.Success)
                            {
                                found.Add(new DeclaredPackage(PackageEcosystems.PyPI, match.Groups["n"].Value, requirement.Span.Start.Offset + 1 + match.Groups["n"].Index));
                            }
                        }
                    }
                }
                else if (isPoetryTable && key != "python")
                {
                    found.Add(new DeclaredPackage(PackageEcosystems.PyPI, key, KeyOffset(document, table, key)));
                }
            }

            return found;
        }

        /// <summary>Pipfile: the keys of <c>[packages]</c> and <c>[dev-packages]</c>.</summary>
        private static IEnumerable<DeclaredPackage> Pipfile(string text)
        {
            var document = Toml(text);
            return Entries(document)
                .Where(e => e.Table == "packages" || e.Table == "dev-packages")
                .Select(e => new DeclaredPackage(PackageEcosystems.PyPI, e.Key, KeyOffset(document, e.Table, e.Key)))
                .ToList();
        }

        /// <summary>Gradle's version catalog: <c>[libraries]</c> entries, as <c>"g:a:v"</c>, <c>{ module = "g:a" }</c> or <c>{ group, name }</c>.</summary>
        private static IEnumerable<DeclaredPackage> GradleVersionCatalog(string text)
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
        private static IEnumerable<DeclaredPackage> Pom(string text)
        {
            var lines = new LineMap(text);
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, MaxCharactersFromEntities = 1024 };
            XDocument document;
            try
            {
                using (var reader = XmlReader.Create(new StringReader(text), settings))
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
        private static IEnumerable<DeclaredPackage> Gradle(string text)
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

        /// <summary>Gemfile and .gemspec: <c>gem 'name'</c>, <c>add_dependency 'name'</c>, outside comments.</summary>
        private static IEnumerable<DeclaredPackage> Gemfile(string text)
        {
            var source = SourceTokenizer.Tokenize(text, SourceSyntax.Ruby);
            foreach (Match match in GemDeclaration.Matches(source.Code))
            {
                if (source.TryLiteralAt(match.Groups["q"].Index, out var literal) && literal.Length > 0)
                {
                    yield return new DeclaredPackage(PackageEcosystems.RubyGems, source.ContentOf(literal), literal.Start);
                }
            }
        }

        private static DocumentSyntax Toml(string text)
        {
            DocumentSyntax document;
            try
            {
                document = SyntaxParser.Parse(text, "manifest.toml", false);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                throw new UnreadableConfigurationException(ex.Message);
            }

            if (document.HasErrors)
            {
                throw new UnreadableConfigurationException(document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error)?.ToString() ?? "TOML");
            }

            return document;
        }

        /// <summary>Every key/value of a TOML document with its table's dotted name (empty at the root).</summary>
        private static IEnumerable<(string Table, string Key, ValueSyntax? Value)> Entries(DocumentSyntax document)
        {
            foreach (var pair in document.KeyValues)
            {
                if (pair.Key != null)
                {
                    var key = KeyText(pair.Key);
                    var dot = key.LastIndexOf('.');
                    yield return (dot < 0 ? string.Empty : key.Substring(0, dot), dot < 0 ? key : key.Substring(dot + 1), pair.Value);
                }
            }

            foreach (var table in document.Tables)
            {
                var name = table.Name == null ? string.Empty : KeyText(table.Name);
                foreach (var item in table.Items)
                {
                    if (item is KeyValueSyntax pair && pair.Key != null)
                    {
                        yield return (name, KeyText(pair.Key), pair.Value);
                    }
                }
            }
        }

        private static int KeyOffset(DocumentSyntax document, string table, string key)
        {
            foreach (var t in document.Tables)
            {
                if (t.Name != null && KeyText(t.Name) == table)
                {
                    foreach (var item in t.Items)
                    {
                        if (item is KeyValueSyntax pair && pair.Key != null && KeyText(pair.Key) == key)
                        {
                            return pair.Key.Key?.Span.Start.Offset ?? pair.Span.Start.Offset;
                        }
                    }
                }
            }

            return 0;
        }

        private static string KeyText(KeySyntax key)
        {
            var parts = new List<string> { Part(key.Key) };
            foreach (var dotted in key.DotKeys)
            {
                parts.Add(Part(dotted.Key));
            }

            return string.Join(".", parts);
        }

        private static string Part(SyntaxNode? node) =>
            node is BareKeySyntax bare ? bare.Key?.Text ?? string.Empty
            : node is StringValueSyntax quoted ? quoted.Value ?? string.Empty
            : string.Empty;
    }
}
