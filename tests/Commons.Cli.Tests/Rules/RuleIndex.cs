using System.Globalization;
using System.Reflection;
using System.Text;
using Commons.Analyzers;
using Commons.Build;
using Commons.Cli.Audit;
using Commons.Engine.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Commons.Cli.Tests.Rules;

/// <summary>One rule of the project, whoever reports it, as the rules index and the documentation tests see it.</summary>
internal sealed record RuleEntry(string Id, string Reporter, string Severity, string EnglishTitle, string FrenchTitle, string HelpUri);

/// <summary>
/// Every rule of the project, read from the code that reports it: the record's rules (engine), the build task's, the
/// audit's, and the analyzers' descriptors. The rules index (docs/rules/README.md) and README's table are written from
/// this list, so they cannot drift from the code.
/// </summary>
internal static class RuleIndex
{
    // The analyzers' categories (Descriptors is internal to the analyzers; the release-tracking table names them too).
    private const string BrickCategory = "Commons.Bricks";
    private const string CatalogCategory = "Commons.Catalog";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    public static IReadOnlyList<RuleEntry> All { get; } = Read();

    private static IReadOnlyList<RuleEntry> Read()
    {
        var rules = new List<RuleEntry>();
        rules.AddRange(RecordRules.All.Select(rule => new RuleEntry(
            rule.Id, "record (" + rule.Category + ")", Word(rule.DefaultSeverity), rule.Title(English), rule.Title(French), rule.HelpUri)));
        rules.AddRange(BuildRules.All.Select(id => new RuleEntry(
            id, "build", Word(BuildRules.SeverityOf(id)), BuildRules.Title(id, English), BuildRules.Title(id, French), HelpLinks.For(id))));
        rules.AddRange(AuditRules.Every.Select(kind => new RuleEntry(
            AuditRules.IdOf(kind), "audit", "warning", AuditRules.Title(kind, English), AuditRules.Title(kind, French), HelpLinks.For(AuditRules.IdOf(kind)))));
        rules.AddRange(AnalyzerDescriptors().Select(d => new RuleEntry(
            d.Id,
            d.Category == BrickCategory ? "bricks" : "catalog",
            d.Category == BrickCategory ? "warning (error when declared `commun`)" : Word(d.DefaultSeverity),
            d.Title.ToString(English),
            d.Title.ToString(French),
            d.HelpLinkUri)));
        return rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The brick and catalog descriptors of every analyzer of the package (the record's are the engine's rules).</summary>
    internal static IEnumerable<DiagnosticDescriptor> AnalyzerDescriptors() =>
        typeof(BrickTypeUsageAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Where(d => d.Category == BrickCategory || d.Category == CatalogCategory)
            .GroupBy(d => d.Id)
            .Select(g => g.First());

    private static string Word(FindingSeverity severity) => severity == FindingSeverity.Error ? "error" : "warning";

    private static string Word(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>The table of docs/rules/README.md: every ID, its page, who reports it, its severity and its titles.</summary>
    public static string RulesTable()
    {
        var table = new StringBuilder();
        table.Append("| ID | Reported by | Default severity | Title | Titre |\n|---|---|---|---|---|\n");
        foreach (var rule in All)
        {
            table.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ").Append(rule.Reporter)
                .Append(" | ").Append(rule.Severity).Append(" | ").Append(Cell(rule.EnglishTitle)).Append(" | ").Append(Cell(rule.FrenchTitle)).Append(" |\n");
        }

        return table.ToString();
    }

    /// <summary>README's table: the rules of the decision record, in English.</summary>
    public static string RecordRulesTable()
    {
        var table = new StringBuilder();
        table.Append("| ID | severity | rule |\n|---|---|---|\n");
        foreach (var rule in All.Where(r => r.Reporter.StartsWith("record", StringComparison.Ordinal)))
        {
            table.Append("| [").Append(rule.Id).Append("](docs/rules/").Append(rule.Id).Append(".md) | ").Append(rule.Severity)
                .Append(" | ").Append(Cell(rule.EnglishTitle)).Append(" |\n");
        }

        return table.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
