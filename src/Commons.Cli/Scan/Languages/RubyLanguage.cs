using System.Collections.Generic;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>Ruby: RubyGems' <c>Gemfile</c> and <c>.gemspec</c>, <c>require</c>.</summary>
    internal sealed class RubyLanguage : SourceLanguage
    {
        public static readonly SourceSyntax Ruby = new SourceSyntax("Ruby") { HashComments = true, MultilineQuotes = true, RubyBlockComments = true };

        private static readonly Regex RubyRequire = new Regex(@"\brequire\s*\(?\s*(?<q>['""])", ImportFinder.Options);

        private static readonly Regex GemDeclaration = new Regex(@"^[ \t]*gem[ \t(]+(?<q>['""])|\.add_(?:runtime_|development_)?dependency\s*\(?\s*(?<q>['""])", ManifestReaders.Linear | RegexOptions.Multiline);

        public override string ImportLanguage => ImportSignature.Ruby;

        public override IReadOnlyList<string> Ecosystems { get; } = new[] { PackageEcosystems.RubyGems };

        public override IReadOnlyList<SourceFileForm> Files { get; } = new[]
        {
            new SourceFileForm(".rb", Ruby),
            new SourceFileForm(".rake", Ruby),
            new SourceFileForm(".gemspec", Ruby),
            new SourceFileForm("gemfile", Ruby),
            new SourceFileForm("rakefile", Ruby),
        };

        public override IReadOnlyList<ManifestForm> Manifests { get; } = new[]
        {
            ManifestForm.Named("RubyGems", Gemfile, "gemfile"),
            new ManifestForm("RubyGems", new[] { "mail.gemspec" }, path => System.IO.Path.GetFileName(path).ToLowerInvariant().EndsWith(".gemspec", System.StringComparison.Ordinal), Gemfile),
        };

        /// <summary>A constant (<c>Aws::S3::Client</c>): Bundler loads gems, code names their constants without a require.</summary>
        public override bool NamesInFull(string module) => char.IsUpper(module[0]);

        public override IEnumerable<(string Module, int Offset)> Imports(TokenizedSource source)
        {
            return ImportFinder.Quoted(source, RubyRequire);
        }

        /// <summary>Gemfile and .gemspec: <c>gem 'name'</c>, <c>add_dependency 'name'</c>, outside comments.</summary>
        private static IEnumerable<DeclaredPackage> Gemfile(string text)
        {
            var source = SourceTokenizer.Tokenize(text, Ruby);
            foreach (Match match in GemDeclaration.Matches(source.Code))
            {
                if (source.TryLiteralAt(match.Groups["q"].Index, out var literal) && literal.Length > 0)
                {
                    yield return new DeclaredPackage(PackageEcosystems.RubyGems, source.ContentOf(literal), literal.Start);
                }
            }
        }
    }
}
