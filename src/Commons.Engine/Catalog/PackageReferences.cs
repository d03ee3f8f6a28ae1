using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Commons.Engine.Catalog
{
    /// <summary>A package named in an MSBuild file, where it is written (1-based line, 1-based column of the id).</summary>
    public readonly struct PackageMention
    {
        public PackageMention(string id, int line, int column)
        {
            Id = id;
            Line = line;
            Column = column;
        }

        public string Id { get; }

        public int Line { get; }

        public int Column { get; }
    }

    /// <summary>
    /// The <c>PackageReference</c> and <c>GlobalPackageReference</c> items of an MSBuild file (a project,
    /// Directory.Build.props, Directory.Packages.props), read as text line by line,
    /// as the build's analyzers see the file: no evaluation, so one item written on one line is found at that line.
    /// A central <c>PackageVersion</c> is not a reference: it names a version for any project that references it.
    /// </summary>
    public static class PackageReferences
    {
        private static readonly Regex Reference = new Regex(
            @"<(?:Global)?PackageReference\b[^>]*?\b(?:Include|Update)\s*=\s*""(?<id>[^""]+)""",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static IEnumerable<PackageMention> In(string text)
        {
            var line = 1;
            var lineStart = 0;
            foreach (Match match in Reference.Matches(text))
            {
                var id = match.Groups["id"];
                for (var i = lineStart; i < id.Index; i++)
                {
                    if (text[i] == '\n')
                    {
                        line++;
                        lineStart = i + 1;
                    }
                }

                var leading = id.Value.Length - id.Value.TrimStart().Length;
                yield return new PackageMention(id.Value.Trim(), line, id.Index + leading - lineStart + 1);
            }
        }

        /// <summary>Package ids compare without case; a trailing <c>*</c> names a family (<c>FluentEmail.*</c>, <c>Elsa*</c>).</summary>
        public static bool Matches(string pattern, string id) =>
            pattern.EndsWith("*", StringComparison.Ordinal)
                ? id.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(pattern, id, StringComparison.OrdinalIgnoreCase);
    }
}
