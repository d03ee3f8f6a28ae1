using System;
using System.Collections.Generic;

namespace Commons.Engine.Catalog
{
    /// <summary>
    /// The package registries of the fleet's languages, as the catalog names them (a key of <c>signatures</c>). NuGet's
    /// ids stay under <c>packages</c>, read by the build and the analyzers' package check; the others are read by
    /// <c>commons scan</c> from each ecosystem's manifests.
    /// </summary>
    public static class PackageEcosystems
    {
        public const string NuGet = "nuget";
        public const string Npm = "npm";
        public const string PyPI = "pypi";
        public const string Composer = "composer";
        public const string Maven = "maven";
        public const string RubyGems = "rubygems";

        /// <summary>The ecosystems with their own key in the catalog (NuGet's key is <c>packages</c>).</summary>
        public static readonly IReadOnlyList<string> Others = new[] { Npm, PyPI, Composer, Maven, RubyGems };

        /// <summary>
        /// Does a package name match a catalog entry of the ecosystem? Names compare as the registry compares them
        /// (PyPI: case, <c>-</c>, <c>_</c> and <c>.</c> alike); a trailing <c>*</c> names a family
        /// (<c>@aws-sdk/client-ses*</c>, <c>com.sun.mail:*</c>).
        /// </summary>
        public static bool Matches(string ecosystem, string pattern, string name)
        {
            var family = pattern.EndsWith("*", StringComparison.Ordinal);
            var expected = Normalise(ecosystem, family ? pattern.Substring(0, pattern.Length - 1) : pattern);
            var actual = Normalise(ecosystem, name);
            return family ? actual.StartsWith(expected, StringComparison.Ordinal) : actual == expected;
        }

        /// <summary>PEP 503 for PyPI (runs of <c>-_.</c> are one <c>-</c>); lower case everywhere else.</summary>
        public static string Normalise(string ecosystem, string name)
        {
            var lower = name.Trim().ToLowerInvariant();
            if (ecosystem != PyPI)
            {
                return lower;
            }

            var result = new System.Text.StringBuilder(lower.Length);
            foreach (var c in lower)
            {
                var separator = c == '-' || c == '_' || c == '.';
                if (!separator)
                {
                    result.Append(c);
                }
                else if (result.Length == 0 || result[result.Length - 1] != '-')
                {
                    result.Append('-');
                }
            }

            return result.ToString();
        }
    }
}
