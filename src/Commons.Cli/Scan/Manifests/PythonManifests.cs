using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;
using Tomlyn.Syntax;
using static Commons.Cli.Scan.ManifestReaders;
using static Commons.Cli.Scan.TomlManifest;

namespace Commons.Cli.Scan
{
    /// <summary>PyPI dependencies: requirements files by their line grammar, pyproject.toml and Pipfile as TOML.</summary>
    internal static class PythonManifests
    {
        /// <summary>PEP 508: a name starts the requirement; extras, versions and markers follow.</summary>
        private static readonly Regex Pep508Name = new Regex(@"^\s*(?<n>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)", Linear);

        private static readonly Regex BareUrl = new Regex(@"^\s*[A-Za-z][\w+.-]*://", Linear);

        /// <summary>requirements*.txt: one requirement a line; options (-r, -e, --index-url) and URLs are not names.</summary>
        internal static IEnumerable<DeclaredPackage> Requirements(string text)
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
        internal static IEnumerable<DeclaredPackage> PyProject(string text)
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
        internal static IEnumerable<DeclaredPackage> Pipfile(string text)
        {
            var document = Toml(text);
            return Entries(document)
                .Where(e => e.Table == "packages" || e.Table == "dev-packages")
                .Select(e => new DeclaredPackage(PackageEcosystems.PyPI, e.Key, KeyOffset(document, e.Table, e.Key)))
                .ToList();
        }
    }
}
