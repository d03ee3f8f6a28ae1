using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// A dependency manifest: the registry's name for the report (<c>npm</c>, <c>Gradle</c>), which files are one, and
    /// the reader of the packages it declares. <see cref="Examples"/> name files it recognises, for the tests and docs.
    /// </summary>
    internal sealed record ManifestForm(string Registry, IReadOnlyList<string> Examples, Func<string, bool> Recognises, Func<string, IEnumerable<DeclaredPackage>> Read)
    {
        /// <summary>A manifest known by its file names (any case).</summary>
        public static ManifestForm Named(string registry, Func<string, IEnumerable<DeclaredPackage>> read, params string[] names)
        {
            return new ManifestForm(registry, names, path => names.Contains(Path.GetFileName(path).ToLowerInvariant()), read);
        }
    }
}
