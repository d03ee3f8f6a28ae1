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

        /// <summary>The reader of a manifest by its file name, with its registry's name for the report, or null.</summary>
        public static (string Language, Func<string, IEnumerable<DeclaredPackage>> Read)? For(string path)
        {
            var form = SourceLanguages.ManifestOf(path);
            return form == null ? null : (form.Registry, form.Read);
        }

        /// <summary>Names of the dependency sections of a JSON manifest's root (package.json, composer.json).</summary>
        internal static IEnumerable<DeclaredPackage> JsonSections(string text, string ecosystem, string[] sections)
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
    }
}
