using System.Collections.Immutable;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Microsoft.CodeAnalysis;

namespace Commons.Analyzers
{
    /// <summary>
    /// Every diagnostic of the analyzers, in one place. One ID per brick, so .editorconfig sets a severity per brick;
    /// the "code contradicts a 'commun' declaration" case is the same ID reported at Error severity (see
    /// docs/rules/README.md), which .editorconfig still controls since it overrides by ID.
    /// </summary>
    internal static class Descriptors
    {
        public const string BrickCategory = "Commons.Bricks";
        public const string CatalogCategory = "Commons.Catalog";

        /// <summary>
        /// The rule of each brick of the policy, keyed by its id, built from the embedded catalog (rules/catalog.yml):
        /// the entry's <c>diagnostic</c> field is the one place a brick's ID is written. Release tracking cannot read an
        /// ID that is not a constant, so AnalyzerReleases.*.md lists each brick's line by hand and a test
        /// (BrickChecklist) names the brick whose line is missing.
        /// </summary>
        public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ByBrick =
            BrickCatalog.Embedded.Bricks.ToImmutableDictionary(b => b.Id, b => ForBrick(b.DiagnosticId, b.Id));

        public static readonly DiagnosticDescriptor CatalogMalformed = ForCatalog(DiagnosticIds.CatalogMalformed, "CatalogMalformed");

        public static readonly DiagnosticDescriptor CatalogUnknownBrick = ForCatalog(DiagnosticIds.CatalogUnknownBrick, "CatalogUnknownBrick");

        public static readonly ImmutableArray<DiagnosticDescriptor> AllBricks =
            ByBrick.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();

        public static readonly ImmutableArray<DiagnosticDescriptor> All =
            AllBricks.Add(CatalogMalformed).Add(CatalogUnknownBrick);

        /// <summary>
        /// A brick's rule: titled and described after the brick, its message the engine's verdict, word for word; a
        /// warning by default (Error when the record declares the brick commun, see BrickReporter).
        /// </summary>
        private static DiagnosticDescriptor ForBrick(string id, string brick) => new DiagnosticDescriptor(
            id,
            AnalyzerResources.Localizable("Title_Brick", brick),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", brick),
            HelpLinks.For(id));

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Id, string Base), DiagnosticDescriptor> InHouse =
            new System.Collections.Concurrent.ConcurrentDictionary<(string Id, string Base), DiagnosticDescriptor>();

        /// <summary>
        /// The rule with its help link under an in-house copy of docs/rules/ (MSBuild property CommonsHelpBaseUri, see
        /// <see cref="AnalysisSession.HelpBase"/>); the rule itself when none is set. Made once per rule and address,
        /// only when a diagnostic is reported. The compiler matches a reported diagnostic to the analyzer's supported
        /// rules by ID, so the copy reports as the rule.
        /// </summary>
        public static DiagnosticDescriptor WithHelpBase(DiagnosticDescriptor rule, string? helpBase) =>
            string.IsNullOrEmpty(helpBase)
                ? rule
                : InHouse.GetOrAdd((rule.Id, helpBase!), key => new DiagnosticDescriptor(
                    rule.Id, rule.Title, rule.MessageFormat, rule.Category, rule.DefaultSeverity, rule.IsEnabledByDefault, rule.Description,
                    HelpLinks.For(rule.Id, key.Base), rule.CustomTags.ToArray()));

        /// <summary>A rule about the organisation's catalog file; its title and description are the resources Title_/Description_<paramref name="name"/>.</summary>
        private static DiagnosticDescriptor ForCatalog(string id, string name) => new DiagnosticDescriptor(
            id,
            AnalyzerResources.Localizable("Title_" + name),
            VerbatimMessage.Instance,
            CatalogCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_" + name),
            HelpLinks.For(id));
    }
}
