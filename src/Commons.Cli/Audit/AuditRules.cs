using System.Globalization;
using System.Linq;
using System.Resources;
using Commons.Engine.Findings;

namespace Commons.Cli.Audit
{
    /// <summary>The audit's IDs and words (Resources/AuditMessages*.resx, English and French).</summary>
    public static class AuditRules
    {
        private static readonly ResourceManager Resources = new ResourceManager("Commons.Cli.Resources.AuditMessages", typeof(AuditRules).Assembly);

        /// <summary>The weakenings of the rules themselves (CN0951–CN0956): suppressions, severities, NoWarn, opt-out, expiring exceptions.</summary>
        public static readonly AuditKind[] All =
        {
            AuditKind.PragmaSuppression, AuditKind.SuppressMessage, AuditKind.ConfigSeverity, AuditKind.NoWarn, AuditKind.EnforcementDisabled, AuditKind.ExpiringException,
        };

        /// <summary>
        /// The bypasses (CN0957–CN0963): switches that take the analyzers or the record out of the build, generated-code
        /// markers over brick code, and the record's <c>fournisseur</c> claims.
        /// </summary>
        public static readonly AuditKind[] Bypasses =
        {
            AuditKind.AnalyzersDisabled, AuditKind.AnalyzersExcluded, AuditKind.RecordRemoved, AuditKind.RecordOutside,
            AuditKind.GeneratedMarker, AuditKind.GeneratedFolder, AuditKind.ProviderClaim,
        };

        /// <summary>The audit's own blind spots (CN0964): files it could not read whole, whose weakenings it cannot see.</summary>
        public static readonly AuditKind[] Coverage = { AuditKind.UnreadFile };

        /// <summary>Every audit rule: <see cref="All"/>, <see cref="Bypasses"/>, then <see cref="Coverage"/>.</summary>
        public static readonly AuditKind[] Every = All.Concat(Bypasses).Concat(Coverage).ToArray();

        /// <summary>Each kind's ID, written out: reordering the enum must never renumber a rule.</summary>
        public static string IdOf(AuditKind kind) => kind switch
        {
            AuditKind.PragmaSuppression => DiagnosticIds.AuditPragmaSuppression,
            AuditKind.SuppressMessage => DiagnosticIds.AuditSuppressMessage,
            AuditKind.ConfigSeverity => DiagnosticIds.AuditConfigSeverity,
            AuditKind.NoWarn => DiagnosticIds.AuditNoWarn,
            AuditKind.EnforcementDisabled => DiagnosticIds.AuditEnforcementDisabled,
            AuditKind.ExpiringException => DiagnosticIds.AuditExpiringException,
            AuditKind.AnalyzersDisabled => DiagnosticIds.AuditAnalyzersDisabled,
            AuditKind.AnalyzersExcluded => DiagnosticIds.AuditAnalyzersExcluded,
            AuditKind.RecordRemoved => DiagnosticIds.AuditRecordRemoved,
            AuditKind.RecordOutside => DiagnosticIds.AuditRecordOutside,
            AuditKind.GeneratedMarker => DiagnosticIds.AuditGeneratedMarker,
            AuditKind.GeneratedFolder => DiagnosticIds.AuditGeneratedFolder,
            AuditKind.ProviderClaim => DiagnosticIds.AuditProviderClaim,
            AuditKind.UnreadFile => DiagnosticIds.AuditUnreadFile,
            _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        public static string Title(AuditKind kind, CultureInfo culture) => Get("Title_" + IdOf(kind), culture);

        public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

        public static string Format(CultureInfo culture, string key, params object[] args) => string.Format(culture, Get(key, culture), args);

        public static string Message(AuditItem item, CultureInfo culture)
        {
            var rules = string.Join(", ", item.RuleIds);
            var what = Format(culture, item.Id, rules, item.Detail);
            var why = item.Kind == AuditKind.UnreadFile ? Get("Audit_Unread", culture)
                : item.Justified
                ? Format(culture, item.Kind == AuditKind.ProviderClaim ? "Audit_Verified" : "Audit_Justified", item.Justification!)
                : item.Kind == AuditKind.ProviderClaim ? Get("Audit_Unverified", culture)
                : item.Justification != null ? Format(culture, "Audit_Placeholder", item.Justification) : Format(culture, "Audit_Unjustified", item.Id);
            return what + " " + why;
        }
    }
}
