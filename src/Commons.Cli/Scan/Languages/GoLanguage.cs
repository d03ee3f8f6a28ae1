using System.Collections.Generic;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>Go: <c>import "x"</c> and <c>import ( … )</c> blocks; no manifest is read (the catalog names no Go module).</summary>
    internal sealed class GoLanguage : SourceLanguage
    {
        /// <summary>Go: raw strings in backquotes know no escape.</summary>
        public static readonly SourceSyntax Go = new SourceSyntax("Go") { SlashComments = true, Backticks = true };

        private static readonly Regex GoImportBlock = new Regex(@"\bimport\s*\((?<body>[^)]*)\)", ImportFinder.Options);

        private static readonly Regex GoImport = new Regex(@"\bimport\s+(?:[\w.]+\s+)?(?<q>[""`])", ImportFinder.Options);

        public override string ImportLanguage => ImportSignature.Go;

        public override IReadOnlyList<string> Ecosystems { get; } = new string[0];

        public override IReadOnlyList<SourceFileForm> Files { get; } = new[] { new SourceFileForm(".go", Go) };

        public override IReadOnlyList<ManifestForm> Manifests { get; } = new ManifestForm[0];

        public override IEnumerable<(string Module, int Offset)> Imports(TokenizedSource source)
        {
            return ImportFinder.Concat(GoBlocks(source), ImportFinder.Quoted(source, GoImport));
        }

        private static IEnumerable<(string, int)> GoBlocks(TokenizedSource source)
        {
            for (var match = GoImportBlock.Match(source.Code); match.Success; match = match.NextMatch())
            {
                var body = match.Groups["body"];
                foreach (var literal in source.Literals)
                {
                    if (literal.Quote >= body.Index && literal.Quote < body.Index + body.Length)
                    {
                        yield return (source.ContentOf(literal), literal.Start);
                    }
                }
            }
        }
    }
}
