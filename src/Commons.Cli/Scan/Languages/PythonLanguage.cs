using System.Collections.Generic;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>Python: PyPI's manifests (<c>pyproject.toml</c>, <c>Pipfile</c>, <c>requirements*.txt</c>), <c>import</c> and <c>from … import</c>.</summary>
    internal sealed class PythonLanguage : SourceLanguage
    {
        /// <summary>Python: <c>#</c>; a string that opens a statement after <c>:</c> or at the top of the file is a docstring, prose.</summary>
        public static readonly SourceSyntax Python = new SourceSyntax("Python") { HashComments = true, TripleDoubleQuotes = true, TripleSingleQuotes = true, Docstrings = true };

        /// <summary>Backtracking, for the captures of each name of <c>import a, b</c> (NonBacktracking keeps the last): anchored at a line start, no part of it can match the same text two ways, so it reads each line a bounded number of times.</summary>
        private static readonly Regex PythonImport = new Regex(
            @"^[ \t]*import[ \t]+(?<m>[A-Za-z_][\w.]*)(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*(?<m>[A-Za-z_][\w.]*)(?:[ \t]+as[ \t]+\w+)?)*|^[ \t]*from[ \t]+(?<m>[A-Za-z_][\w.]*)[ \t]+import\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.Multiline);

        public override string ImportLanguage => ImportSignature.Python;

        public override IReadOnlyList<string> Ecosystems { get; } = new[] { PackageEcosystems.PyPI };

        public override IReadOnlyList<SourceFileForm> Files { get; } = new[] { new SourceFileForm(".py", Python) };

        public override IReadOnlyList<ManifestForm> Manifests { get; } = new[]
        {
            ManifestForm.Named("PyPI", PythonManifests.PyProject, "pyproject.toml"),
            ManifestForm.Named("PyPI", PythonManifests.Pipfile, "pipfile"),
            new ManifestForm("PyPI", new[] { "requirements.txt", "requirements-dev.txt", "requirements/base.txt" }, IsRequirements, PythonManifests.Requirements),
        };

        public override IEnumerable<(string Module, int Offset)> Imports(TokenizedSource source)
        {
            return ImportFinder.Named(source, PythonImport);
        }

        /// <summary>A pip requirements file: <c>requirements*.txt</c>, or any <c>.txt</c> of a <c>requirements</c> folder.</summary>
        private static bool IsRequirements(string path)
        {
            var lower = System.IO.Path.GetFileName(path).ToLowerInvariant();
            var folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path) ?? string.Empty);
            return lower.EndsWith(".txt", System.StringComparison.Ordinal) && (lower.StartsWith("requirements", System.StringComparison.Ordinal) || string.Equals(folder, "requirements", System.StringComparison.OrdinalIgnoreCase));
        }
    }
}
