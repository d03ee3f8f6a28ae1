using System;
using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The catalog's import signatures by language and first segment of the module (<c>org</c>, <c>Aws</c>,
    /// <c>@aws-sdk</c>): a file names hundreds of modules and constants, each is compared with its few candidates only.
    /// Where a language imports its packages by name (<see cref="SourceLanguage.ImportsPackagesByName"/>: Node resolves
    /// <c>import … from "exceljs"</c> and <c>require("@getbrevo/brevo/dist")</c> by the package's name), each package is
    /// also an import of the same name, so the catalog need not say it twice, unless it lists the import with an argument.
    /// </summary>
    internal sealed class ImportIndex
    {
        private static readonly char[] Separators = { '.', '/', '\\', ':' };

        private readonly Dictionary<string, List<(IReadOnlyList<string> Bricks, ImportSignature Signature)>> _byHead =
            new Dictionary<string, List<(IReadOnlyList<string>, ImportSignature)>>(StringComparer.Ordinal);

        private readonly List<(IReadOnlyList<string> Bricks, ImportSignature Signature)> _all = new List<(IReadOnlyList<string>, ImportSignature)>();

        /// <summary>Per language (every language with a signature has an entry): the signatures code may name in full.</summary>
        private readonly Dictionary<string, List<(IReadOnlyList<string> Bricks, ImportSignature Signature)>> _mentioned =
            new Dictionary<string, List<(IReadOnlyList<string>, ImportSignature)>>(StringComparer.Ordinal);

        public ImportIndex(IEnumerable<(IReadOnlyList<string> Bricks, SignatureSet Signatures)> owners)
        {
            foreach (var (bricks, signatures) in owners)
            {
                var packages = SourceLanguages.All.Where(l => l.ImportsPackagesByName).SelectMany(l => PackageImports(l, signatures));
                foreach (var text in signatures.Imports.Concat(packages))
                {
                    if (ImportSignature.TryParse(text, out var signature))
                    {
                        _all.Add((bricks, signature!));
                        if (!_mentioned.TryGetValue(signature!.Language, out var mentioned))
                        {
                            _mentioned[signature.Language] = mentioned = new List<(IReadOnlyList<string>, ImportSignature)>();
                        }

                        if (!signature.IsCall && SourceLanguages.Importing(signature.Language)?.NamesInFull(signature.Module) == true)
                        {
                            mentioned.Add((bricks, signature));
                        }

                        if (!signature!.IsCall)
                        {
                            var key = Key(signature.Language, signature.Module);
                            if (!_byHead.TryGetValue(key, out var list))
                            {
                                _byHead[key] = list = new List<(IReadOnlyList<string>, ImportSignature)>();
                            }

                            list.Add((bricks, signature));
                        }
                    }
                }
            }
        }

        public bool Has(string language) => _mentioned.ContainsKey(language);

        /// <summary>The function-call signatures of a language (<c>php:mail()</c>).</summary>
        public IEnumerable<(IReadOnlyList<string> Bricks, ImportSignature Signature)> Calls(string language) =>
            _all.Where(i => i.Signature.IsCall && i.Signature.Language == language);

        /// <summary>
        /// The signatures code may name in full without an import: Ruby constants (<c>ruby:Aws::S3</c>) and Java or
        /// Kotlin packages, found by <see cref="ImportFinder.Mentions"/>.
        /// </summary>
        public IEnumerable<(IReadOnlyList<string> Bricks, ImportSignature Signature)> Mentioned(string language) => _mentioned[language];

        /// <summary>The signatures whose module is the imported one or holds it.</summary>
        public IEnumerable<(IReadOnlyList<string> Bricks, ImportSignature Signature)> Covering(string language, string module) =>
            _byHead.TryGetValue(Key(language, module), out var candidates)
                ? candidates.Where(c => c.Signature.Covers(module))
                : Enumerable.Empty<(IReadOnlyList<string>, ImportSignature)>();

        /// <summary>The language and the module's first segment; PHP's namespaces compare without case or leading '\'.</summary>
        private static string Key(string language, string module)
        {
            var name = module.TrimStart('\\', ':');
            var end = name.IndexOfAny(Separators);
            var head = end < 0 ? name : name.Substring(0, end);
            return language + "|" + (SourceLanguages.Importing(language)?.ModulesIgnoreCase == true ? head.ToLowerInvariant() : head);
        }

        /// <summary>
        /// The import signatures of a language's packages (<c>javascript:exceljs</c> for npm's <c>exceljs</c>). A package
        /// the imports list with its argument (xlsx + book_new: it reads spreadsheets as well as writes them) counts only
        /// with it: its plain import is not added again from the package list.
        /// </summary>
        private static IEnumerable<string> PackageImports(SourceLanguage language, SignatureSet signatures)
        {
            var qualified = new HashSet<string>(signatures.Imports
                .Select(i => ImportSignature.TryParse(i, out var parsed) ? parsed : null)
                .Where(i => i != null && i.Language == language.ImportLanguage && i.Arguments.Count > 0)
                .Select(i => i!.Module), StringComparer.Ordinal);
            return language.Ecosystems
                .SelectMany(signatures.PackagesOf)
                .Select(p => p.TrimEnd('*').TrimEnd('/'))
                .Where(p => !qualified.Contains(p))
                .Select(p => language.ImportLanguage + ":" + p);
        }
    }
}
