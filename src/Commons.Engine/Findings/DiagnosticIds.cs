using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Commons.Engine.Findings
{
    /// <summary>
    /// Every diagnostic ID of the project, written once. An ID is stable forever (CI problem matchers, NoWarn lists and
    /// <c>-warnaserror:</c> switches name it), so a retired ID stays here as a comment and is never given again. Every
    /// other place (the record's rules, the build, the audit, the analyzers, the rules index) refers to these constants.
    /// </summary>
    public static class DiagnosticIds
    {
        // CN00xx — the record file and its structure.
        public const string RecordMissing = "CN0001";
        public const string InvalidYaml = "CN0002";
        public const string NotAMapping = "CN0003";
        public const string ForbiddenYamlFeature = "CN0004";
        public const string LimitExceeded = "CN0005";
        public const string TabIndentation = "CN0006";
        public const string DuplicateKey = "CN0007";
        public const string Version = "CN0008";
        public const string UnknownKey = "CN0009";
        public const string WrongType = "CN0010";
        public const string ValueNotAllowed = "CN0011";
        public const string SectionNotApplicable = "CN0012";
        public const string RequiredMissing = "CN0013";
        public const string PlaceholderJustification = "CN0014";
        public const string InvalidDate = "CN0015";
        public const string SchemaUnreadable = "CN0016";

        // CN01xx — the decision tree.
        public const string NeedNotCovered = "CN0101";
        public const string DematSocialWhereDsSuffices = "CN0102";
        public const string SpecificFrontWhereCommonSuffices = "CN0103";
        public const string GlpiCompromiseMissing = "CN0104";
        public const string GlpiLimitsMissing = "CN0105";
        public const string GlpiStepsNotRuledOut = "CN0106";
        public const string GlpiWithDataModelControl = "CN0107";
        public const string SpecificReferentialForSimpleNeeds = "CN0108";

        // CN02xx — the record's bricks section.
        public const string ExceptionExpired = "CN0201";
        public const string ExceptionExpiresSoon = "CN0202";
        public const string ProviderNotVerified = "CN0203";
        // CN0204–CN0209: never given.
        public const string ExceptionNoLongerNeeded = "CN0210";
        public const string ExceptionForOpenedBrick = "CN0211";

        // CN090x — reported by the build only (Commons.Build).
        public const string EnforcementDisabled = "CN0901";
        public const string InvalidSetting = "CN0902";
        public const string InternalError = "CN0903";
        public const string AnalyzersOff = "CN0904";
        public const string RecordNotAnalyzed = "CN0905";

        // CN095x — the audit (commons audit): weakenings of the rules themselves.
        public const string AuditPragmaSuppression = "CN0951";
        public const string AuditSuppressMessage = "CN0952";
        public const string AuditConfigSeverity = "CN0953";
        public const string AuditNoWarn = "CN0954";
        public const string AuditEnforcementDisabled = "CN0955";
        public const string AuditExpiringException = "CN0956";

        // CN0957–CN0963 — the audit: bypasses of the analyzers or of the record.
        public const string AuditAnalyzersDisabled = "CN0957";
        public const string AuditAnalyzersExcluded = "CN0958";
        public const string AuditRecordRemoved = "CN0959";
        public const string AuditRecordOutside = "CN0960";
        public const string AuditGeneratedMarker = "CN0961";
        public const string AuditGeneratedFolder = "CN0962";
        public const string AuditProviderClaim = "CN0963";

        // CN10xx — one per brick of the policy (the catalog's diagnostic: field names the same ID).
        public const string BrickAuthenticationAgent = "CN1001";
        public const string BrickAuthenticationPublic = "CN1002";
        public const string BrickStatistics = "CN1003";
        public const string BrickNotifications = "CN1004";
        public const string BrickDocumentStorage = "CN1005";
        public const string BrickMailMerge = "CN1006";
        public const string BrickAddressLookup = "CN1007";
        public const string BrickCompanyData = "CN1008";
        public const string BrickAssociationData = "CN1009";
        public const string BrickPiste = "CN1010";
        public const string BrickWorkflow = "CN1011";
        public const string BrickDashboards = "CN1012";
        public const string BrickChatbot = "CN1013";

        // CN19xx — the organisation's catalog (commons-catalog.yml).
        public const string CatalogMalformed = "CN1901";
        public const string CatalogUnknownBrick = "CN1902";

        /// <summary>Every ID above, in ascending order (read from the constants, so a new one cannot be forgotten here).</summary>
        public static IReadOnlyList<string> All { get; } = typeof(DiagnosticIds)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(id => id, System.StringComparer.Ordinal)
            .ToArray();
    }
}
