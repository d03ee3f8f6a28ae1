using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The languages the scan reads beyond C#, and the questions the scanners ask of them: which syntax a file has,
    /// which language imports with a syntax, which manifest a file is.
    /// </summary>
    internal static class SourceLanguages
    {
        public static readonly IReadOnlyList<SourceLanguage> All = new SourceLanguage[]
        {
            new JavaScriptLanguage(),
            new PythonLanguage(),
            new PhpLanguage(),
            new JvmLanguage(),
            new RubyLanguage(),
            new GoLanguage(),
        };

        private static readonly SourceFileForm[] FileForms = All.SelectMany(l => l.Files).ToArray();

        private static readonly ManifestForm[] ManifestForms = All.SelectMany(l => l.Manifests).ToArray();

        /// <summary>The syntax of a source file by its name (the longest matching form wins: <c>.gradle.kts</c> over <c>.kts</c>), or null.</summary>
        public static SourceSyntax? SyntaxOf(string path)
        {
            var name = Path.GetFileName(path).ToLowerInvariant();
            SourceFileForm? best = null;
            foreach (var form in FileForms)
            {
                if (form.Matches(name) && (best == null || form.Pattern.Length > best.Pattern.Length))
                {
                    best = form;
                }
            }

            return best?.Syntax;
        }

        /// <summary>The language whose imports files of a syntax are read for (TypeScript and Vue import as JavaScript, Kotlin as Java), or null.</summary>
        public static SourceLanguage? ImportingWith(SourceSyntax syntax)
        {
            return All.FirstOrDefault(l => l.Files.Any(f => f.Syntax == syntax && f.ReadsImports));
        }

        /// <summary>The language of an import key of the catalog (<c>python</c>), or null.</summary>
        public static SourceLanguage? Importing(string importLanguage)
        {
            return All.FirstOrDefault(l => l.ImportLanguage == importLanguage);
        }

        /// <summary>The manifest a file is, or null.</summary>
        public static ManifestForm? ManifestOf(string path)
        {
            return ManifestForms.FirstOrDefault(m => m.Recognises(path));
        }
    }
}
