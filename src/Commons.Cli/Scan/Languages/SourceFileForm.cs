using System;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// A kind of source file: an extension (<c>.js</c>, <c>.gradle.kts</c>) or a whole file name (<c>gemfile</c>), in
    /// lower case, with its syntax; a null syntax says the file is not code (<c>.d.ts</c>: types only). A form whose
    /// <paramref name="ReadsImports"/> is false is scanned for hosts only (a Gradle script declares, it does not import).
    /// </summary>
    internal sealed record SourceFileForm(string Pattern, SourceSyntax? Syntax, bool ReadsImports = true)
    {
        /// <summary>Does the lower-case file name have this form? An extension ends it; a whole name is it.</summary>
        public bool Matches(string lowerName)
        {
            return Pattern.StartsWith(".", StringComparison.Ordinal)
                ? lowerName.EndsWith(Pattern, StringComparison.Ordinal)
                : lowerName == Pattern;
        }
    }
}
