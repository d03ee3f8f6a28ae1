using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

        public static readonly DiagnosticDescriptor AuthenticationAgent = new DiagnosticDescriptor(
            "CN1001",
            AnalyzerResources.Localizable("Title_Brick", "authentification-agent"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "authentification-agent"),
            HelpLinks.For("CN1001"));

        public static readonly DiagnosticDescriptor AuthenticationPublic = new DiagnosticDescriptor(
            "CN1002",
            AnalyzerResources.Localizable("Title_Brick", "authentification-publique"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "authentification-publique"),
            HelpLinks.For("CN1002"));

        public static readonly DiagnosticDescriptor Statistics = new DiagnosticDescriptor(
            "CN1003",
            AnalyzerResources.Localizable("Title_Brick", "statistiques"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "statistiques"),
            HelpLinks.For("CN1003"));

        public static readonly DiagnosticDescriptor Notifications = new DiagnosticDescriptor(
            "CN1004",
            AnalyzerResources.Localizable("Title_Brick", "notifications"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "notifications"),
            HelpLinks.For("CN1004"));

        public static readonly DiagnosticDescriptor DocumentStorage = new DiagnosticDescriptor(
            "CN1005",
            AnalyzerResources.Localizable("Title_Brick", "ged"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "ged"),
            HelpLinks.For("CN1005"));

        public static readonly DiagnosticDescriptor MailMerge = new DiagnosticDescriptor(
            "CN1006",
            AnalyzerResources.Localizable("Title_Brick", "publipostage"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "publipostage"),
            HelpLinks.For("CN1006"));

        public static readonly DiagnosticDescriptor AddressLookup = new DiagnosticDescriptor(
            "CN1007",
            AnalyzerResources.Localizable("Title_Brick", "api-ban"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "api-ban"),
            HelpLinks.For("CN1007"));

        public static readonly DiagnosticDescriptor CompanyData = new DiagnosticDescriptor(
            "CN1008",
            AnalyzerResources.Localizable("Title_Brick", "api-entreprise"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "api-entreprise"),
            HelpLinks.For("CN1008"));

        public static readonly DiagnosticDescriptor AssociationData = new DiagnosticDescriptor(
            "CN1009",
            AnalyzerResources.Localizable("Title_Brick", "api-associations"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "api-associations"),
            HelpLinks.For("CN1009"));

        public static readonly DiagnosticDescriptor Piste = new DiagnosticDescriptor(
            "CN1010",
            AnalyzerResources.Localizable("Title_Brick", "api-piste"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "api-piste"),
            HelpLinks.For("CN1010"));

        public static readonly DiagnosticDescriptor Workflow = new DiagnosticDescriptor(
            "CN1011",
            AnalyzerResources.Localizable("Title_Brick", "workflow"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "workflow"),
            HelpLinks.For("CN1011"));

        public static readonly DiagnosticDescriptor Dashboards = new DiagnosticDescriptor(
            "CN1012",
            AnalyzerResources.Localizable("Title_Brick", "tableaux-de-bord"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "tableaux-de-bord"),
            HelpLinks.For("CN1012"));

        public static readonly DiagnosticDescriptor Chatbot = new DiagnosticDescriptor(
            "CN1013",
            AnalyzerResources.Localizable("Title_Brick", "chatbot"),
            VerbatimMessage.Instance,
            BrickCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_Brick", "chatbot"),
            HelpLinks.For("CN1013"));

        /// <summary>The rule of each brick of the policy; the catalog's <c>diagnostic</c> field repeats its ID (a test checks).</summary>
        public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ByBrick = new Dictionary<string, DiagnosticDescriptor>
        {
            ["authentification-agent"] = AuthenticationAgent,
            ["authentification-publique"] = AuthenticationPublic,
            ["statistiques"] = Statistics,
            ["notifications"] = Notifications,
            ["ged"] = DocumentStorage,
            ["publipostage"] = MailMerge,
            ["api-ban"] = AddressLookup,
            ["api-entreprise"] = CompanyData,
            ["api-associations"] = AssociationData,
            ["api-piste"] = Piste,
            ["workflow"] = Workflow,
            ["tableaux-de-bord"] = Dashboards,
            ["chatbot"] = Chatbot,
        }.ToImmutableDictionary();

        public static readonly DiagnosticDescriptor CatalogMalformed = new DiagnosticDescriptor(
            "CN1901",
            AnalyzerResources.Localizable("Title_CatalogMalformed"),
            VerbatimMessage.Instance,
            CatalogCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_CatalogMalformed"),
            HelpLinks.For("CN1901"));

        public static readonly DiagnosticDescriptor CatalogUnknownBrick = new DiagnosticDescriptor(
            "CN1902",
            AnalyzerResources.Localizable("Title_CatalogUnknownBrick"),
            VerbatimMessage.Instance,
            CatalogCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            AnalyzerResources.Localizable("Description_CatalogUnknownBrick"),
            HelpLinks.For("CN1902"));

        public static readonly ImmutableArray<DiagnosticDescriptor> AllBricks =
            ByBrick.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();

        public static readonly ImmutableArray<DiagnosticDescriptor> All =
            AllBricks.Add(CatalogMalformed).Add(CatalogUnknownBrick);
    }
}
