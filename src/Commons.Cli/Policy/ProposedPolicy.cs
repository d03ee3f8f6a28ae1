using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Commons.Analyzers;
using Commons.Cli.Scan;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Policy;
using Commons.Engine.Yaml;

namespace Commons.Cli.Policy
{
    /// <summary>
    /// Reads the proposed tree and catalog of <c>commons policy diff</c> with the engine's own readers, so a file the
    /// engine would refuse as its rules/ data is refused here, with every problem located in it.
    /// </summary>
    internal static class ProposedPolicy
    {
        /// <summary>
        /// The proposal: <paramref name="treePath"/> replaces rules/tree.yml; <paramref name="catalogPath"/> replaces
        /// rules/catalog.yml, or, when named commons-catalog.yml, is an organisation's file that every repository gets
        /// in place of its own. Null after writing the problems to <paramref name="stderr"/>.
        /// </summary>
        public static ScanPolicy? Load(string? treePath, string? catalogPath, CultureInfo culture, TextWriter stderr)
        {
            var problems = new List<string>();
            var tree = treePath == null ? PolicyTree.Embedded : ReadTree(treePath, culture, problems);
            var catalog = BrickCatalog.Embedded;
            string? organisation = null;
            if (catalogPath != null)
            {
                if (IsOrganisationFile(catalogPath))
                {
                    organisation = ReadOrganisationCatalog(catalogPath, culture, problems);
                }
                else
                {
                    catalog = ReadCatalog(catalogPath, culture, problems) ?? catalog;
                }
            }

            foreach (var problem in problems)
            {
                stderr.WriteLine(problem);
            }

            return problems.Count == 0 && tree != null ? new ScanPolicy(tree, catalog, organisation) : null;
        }

        public static bool IsOrganisationFile(string path) =>
            string.Equals(Path.GetFileName(path), BrickCatalog.OrganisationFileName, StringComparison.OrdinalIgnoreCase);

        private static PolicyTree? ReadTree(string path, CultureInfo culture, List<string> problems)
        {
            var text = ReadYaml(path, culture, problems);
            if (text == null)
            {
                return null;
            }

            try
            {
                return PolicyTree.Parse(text, path);
            }
            catch (PolicyDataException ex)
            {
                Refuse(path, culture, problems, new[] { Located(path, ex.Position ?? SourcePosition.Start, ex.Message) });
                return null;
            }
        }

        private static BrickCatalog? ReadCatalog(string path, CultureInfo culture, List<string> problems)
        {
            var text = ReadYaml(path, culture, problems);
            if (text == null)
            {
                return null;
            }

            var result = BrickCatalog.TryParse(text, path);
            return Refuse(path, culture, problems, result.Problems) ? null : result.Catalog;
        }

        private static string? ReadOrganisationCatalog(string path, CultureInfo culture, List<string> problems)
        {
            var text = ReadYaml(path, culture, problems);
            if (text == null)
            {
                return null;
            }

            // As the analyzers read it (CN1901, CN1902), except that a bad entry refuses the proposal instead of being skipped.
            var result = BrickCatalog.Embedded.WithOrganisationFile(text, BrickCatalog.OrganisationFileName);
            return Refuse(path, culture, problems, result.Problems) ? null : text;
        }

        /// <summary>The file's text when it is a readable file of YAML the engine's reader accepts; else its problems.</summary>
        private static string? ReadYaml(string path, CultureInfo culture, List<string> problems)
        {
            string text;
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    problems.Add("commons: " + PolicyText.Format(culture, "Diff_NoSuchFile", path));
                    return null;
                }

                if (info.Length > ReaderLimits.Default.MaxBytes)
                {
                    problems.Add("commons: " + PolicyText.Format(culture, "Diff_TooLarge", path, info.Length, ReaderLimits.Default.MaxBytes));
                    return null;
                }

                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                problems.Add("commons: " + PolicyText.Format(culture, "Diff_Unreadable", path, ex.Message));
                return null;
            }

            // The engine parses its data with the record's reader: its findings, in the run's language, all of them.
            var sink = new FindingSink(path, culture);
            RecordYamlReader.Read(text, sink, ReaderLimits.Default);
            if (sink.Findings.Count > 0)
            {
                Refuse(path, culture, problems, sink.Findings.Select(f => f.ToCanonicalString()).ToList());
                return null;
            }

            return text;
        }

        private static bool Refuse(string path, CultureInfo culture, List<string> problems, IReadOnlyList<CatalogProblem> found) =>
            Refuse(path, culture, problems, found.Select(p => Located(path, p.Position, CatalogProblemText.Describe(p, culture))).ToList());

        private static bool Refuse(string path, CultureInfo culture, List<string> problems, IReadOnlyList<string> lines)
        {
            if (lines.Count == 0)
            {
                return false;
            }

            problems.Add("commons: " + PolicyText.Format(culture, "Diff_InvalidPolicy", path));
            problems.AddRange(lines);
            return true;
        }

        /// <summary>MSBuild's canonical form without a rule ID: policy data has no rule of its own, only its shape.</summary>
        private static string Located(string path, SourcePosition position, string message) =>
            path + position + ": error: " + message;
    }
}
