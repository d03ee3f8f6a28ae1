using System.Collections.Generic;
using System.Globalization;
using Commons.Engine.Findings;

namespace Commons.Cli.Audit
{
    /// <summary>The ways enforcement can be weakened or bypassed in a repository, one stable ID each (CN0951–CN0964).</summary>
    public enum AuditKind
    {
        /// <summary>CN0951: <c>#pragma warning disable CN1…</c> in C#.</summary>
        PragmaSuppression,

        /// <summary>CN0952: <c>[SuppressMessage(…, "CN1…")]</c> / <c>SuppressMessageAttribute</c>.</summary>
        SuppressMessage,

        /// <summary>CN0953: <c>.editorconfig</c> / <c>.globalconfig</c> severity <c>none</c>, <c>silent</c> or <c>suggestion</c>.</summary>
        ConfigSeverity,

        /// <summary>CN0954: <c>NoWarn</c> (or <c>-nowarn:</c>) naming a CN rule.</summary>
        NoWarn,

        /// <summary>CN0955: the package's opt-out, <c>CommonsEnforcement=false</c>.</summary>
        EnforcementDisabled,

        /// <summary>CN0956: a brick exception of the record past or within 30 days of its <c>echeance</c>.</summary>
        ExpiringException,

        /// <summary>CN0957: <c>RunAnalyzers</c> / <c>RunAnalyzersDuringBuild</c> set to <c>false</c>.</summary>
        AnalyzersDisabled,

        /// <summary>CN0958: the package's analyzers excluded (<c>ExcludeAssets</c>, <c>IncludeAssets</c>) or the package removed from a project.</summary>
        AnalyzersExcluded,

        /// <summary>CN0959: the record removed from <c>AdditionalFiles</c>, so the analyzers do not see it.</summary>
        RecordRemoved,

        /// <summary>CN0960: <c>CommonsDecisionFile</c> pointing at a record outside the repository.</summary>
        RecordOutside,

        /// <summary>CN0961: a file marked generated that holds brick signatures.</summary>
        GeneratedMarker,

        /// <summary>CN0962: <c>generated_code = true</c> in <c>.editorconfig</c> over hand-written files.</summary>
        GeneratedFolder,

        /// <summary>CN0963: a <c>fournisseur</c> declaration of the record, verified or not.</summary>
        ProviderClaim,

        /// <summary>CN0964: a file the audit reads (C#, analyzer configuration, MSBuild, script) that it could not read whole.</summary>
        UnreadFile,
    }

    /// <summary>One place where enforcement is weakened: what, where, which rules, and whether someone said why.</summary>
    public sealed class AuditItem
    {
        public AuditItem(AuditKind kind, string file, int line, int column, IReadOnlyList<string> ruleIds, string? justification, string detail)
        {
            Kind = kind;
            File = file;
            Line = line < 1 ? 1 : line;
            Column = column < 1 ? 1 : column;
            RuleIds = ruleIds;
            Justification = string.IsNullOrWhiteSpace(justification) ? null : justification!.Trim();
            Detail = detail;
        }

        public AuditKind Kind { get; }

        public string Id => AuditRules.IdOf(Kind);

        /// <summary>The file, relative to the audited folder, with forward slashes.</summary>
        public string File { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>The rules weakened (<c>CN1004</c>…); a category or all analyzers show as <c>category-…</c> / <c>*</c>.</summary>
        public IReadOnlyList<string> RuleIds { get; }

        public bool Justified => Justification != null && !AuditJustification.IsPlaceholder(Justification);

        public string? Justification { get; }

        /// <summary>The text found (the directive, property or setting), for the message.</summary>
        public string Detail { get; }

        /// <summary>As a finding (warning), so check's text, JSON and SARIF writers print it like the record's.</summary>
        public Finding ToFinding(string root, CultureInfo culture)
        {
            var message = AuditRules.Message(this, culture);
            return new Finding(Id, FindingSeverity.Warning, message, System.IO.Path.Combine(root, File.Replace('/', System.IO.Path.DirectorySeparatorChar)), new SourcePosition(Line, Column));
        }
    }

    /// <summary>What counts as a justification: words, not a placeholder (the IDE's "&lt;Pending&gt;", TODO, n/a…).</summary>
    public static class AuditJustification
    {
        private static readonly HashSet<string> Placeholders = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "<pending>", "pending", "todo", "tbd", "fixme", "n/a", "na", "-", "--", ".", "...", "xxx", "none", "aucune", "rien", "ras", "?", "temp", "wip",
        };

        public static bool IsPlaceholder(string text)
        {
            var trimmed = text.Trim().Trim('"', '\'', ' ', '.', ':');
            return trimmed.Length < 8 || Placeholders.Contains(trimmed) || Placeholders.Contains(text.Trim()) ||
                   trimmed.StartsWith("TODO", System.StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("FIXME", System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
