using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The dependencies each ecosystem's manifest declares, read with the format's parser where it has one (JSON,
    /// TOML, XML) and by the manifest's own line grammar otherwise (requirements.txt, Gemfile, Gradle scripts, after the
    /// tokenizer has blanked their comments). Lock files are never read: the manifest says what the project chose.
    /// </summary>
    internal static class ManifestReaders
    {
        /// <summary>
        /// A file is not trusted and no finding may depend on the clock: every manifest pattern runs in time linear in
        /// the file whatever its shape (NonBacktracking), with no time limit.
        /// </summary>
        internal const RegexOptions Linear = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

        private static readonly string[] NpmSections = { "dependencies", "devDependencies", "optionalDependencies", "peerDependencies" };
        private static readonly string[] ComposerSections = { "require", "require-dev" };

        private static readonly Regex GemDeclaration = new Regex(@"^[ \t]*gem[ \t(]+(?<q>['""])|\.add_(?:runtime_|development_)?dependency\s*\(?\s*(?<q>['""])", Linear | RegexOptions.Multiline);

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
                    return ("PyPI", PythonManifests.PyProject);
                case "pipfile":
                    return ("PyPI", PythonManifests.Pipfile);
                case "pom.xml":
                    return ("Maven", JvmManifests.Pom);
                case "build.gradle":
                case "build.gradle.kts":
                    return ("Gradle", JvmManifests.Gradle);
                case "libs.versions.toml":
                    return ("Gradle", JvmManifests.GradleVersionCatalog);
                case "gemfile":
                    return ("RubyGems", Gemfile);
            }

            if (lower.EndsWith(".gemspec", StringComparison.Ordinal))
            {
                return ("RubyGems", Gemfile);
            }

            var folder = Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty);
            return lower.EndsWith(".txt", StringComparison.Ordinal) && (lower.StartsWith("requirements", StringComparison.Ordinal) || string.Equals(folder, "requirements", StringComparison.OrdinalIgnoreCase))
                ? ("PyPI", PythonManifests.Requirements)
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

    }
}
