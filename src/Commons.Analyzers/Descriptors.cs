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

        // One field a brick: release tracking (AnalyzerReleases.*.md) reads each ID where a descriptor field is
        // initialised, so the IDs are written here as registry constants; the rest comes from the catalog entry.
        private static readonly DiagnosticDescriptor AuthenticationAgent = ForBrick(DiagnosticIds.BrickAuthenticationAgent, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor AuthenticationPublic = ForBrick(DiagnosticIds.BrickAuthenticationPublic, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor Statistics = ForBrick(DiagnosticIds.BrickStatistics, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor Notifications = ForBrick(DiagnosticIds.BrickNotifications, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor DocumentStorage = ForBrick(DiagnosticIds.BrickDocumentStorage, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor MailMerge = ForBrick(DiagnosticIds.BrickMailMerge, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor AddressLookup = ForBrick(DiagnosticIds.BrickAddressLookup, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor CompanyData = ForBrick(DiagnosticIds.BrickCompanyData, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor AssociationData = ForBrick(DiagnosticIds.BrickAssociationData, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor Piste = ForBrick(DiagnosticIds.BrickPiste, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor Workflow = ForBrick(DiagnosticIds.BrickWorkflow, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor Dashboards = ForBrick(DiagnosticIds.BrickDashboards, BrickCategory, DiagnosticSeverity.Warning);
        private static readonly DiagnosticDescriptor Chatbot = ForBrick(DiagnosticIds.BrickChatbot, BrickCategory, DiagnosticSeverity.Warning);

        /// <summary>
        /// The rule of each brick of the policy, keyed by the brick of rules/catalog.yml whose <c>diagnostic</c> field
        /// names the ID (a test checks every brick of the catalog has one).
        /// </summary>
        public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ByBrick = new[]
        {
            AuthenticationAgent, AuthenticationPublic, Statistics, Notifications, DocumentStorage, MailMerge, AddressLookup, CompanyData, AssociationData, Piste, Workflow, Dashboards, Chatbot,
        }.ToImmutableDictionary(d => BrickOf(d.Id));

        public static readonly DiagnosticDescriptor CatalogMalformed = ForCatalog(DiagnosticIds.CatalogMalformed, "CatalogMalformed");

        public static readonly DiagnosticDescriptor CatalogUnknownBrick = ForCatalog(DiagnosticIds.CatalogUnknownBrick, "CatalogUnknownBrick");

        public static readonly ImmutableArray<DiagnosticDescriptor> AllBricks =
            ByBrick.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();

        public static readonly ImmutableArray<DiagnosticDescriptor> All =
            AllBricks.Add(CatalogMalformed).Add(CatalogUnknownBrick);

        /// <summary>
        /// A brick's rule, from the catalog entry whose <c>diagnostic</c> is <paramref name="id"/>: titled and described
        /// after the brick, its message the engine's verdict, word for word.
        /// </summary>
        private static DiagnosticDescriptor ForBrick(string id, string category, DiagnosticSeverity defaultSeverity) => new DiagnosticDescriptor(
            id,
            AnalyzerResources.Localizable("Title_Brick", BrickOf(id)),
            VerbatimMessage.Instance,
            category,
            defaultSeverity,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", BrickOf(id)),
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

        private static string BrickOf(string diagnosticId) => BrickCatalog.Embedded.Bricks.Single(b => b.DiagnosticId == diagnosticId).Id;

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
