using System.Collections.Generic;
using System.Globalization;
using Commons.Engine.Findings;

namespace Commons.Build
{
    /// <summary>
    /// The rule IDs that only the build reports (range CN0901..CN0999). Stable forever, like the engine's:
    /// pipelines forbid the opt-out with <c>-warnaserror:CN0901</c>. Each has a page docs/rules/ID.md.
    /// </summary>
    public static class BuildRules
    {
        /// <summary>Warning: the property CommonsEnforcement turned the check off.</summary>
        public const string EnforcementDisabled = DiagnosticIds.EnforcementDisabled;

        /// <summary>Error: a Commons* property has a value the task cannot use (a date, a language).</summary>
        public const string InvalidSetting = DiagnosticIds.InvalidSetting;

        /// <summary>Error: the check itself failed unexpectedly; reported instead of crashing the build.</summary>
        public const string InternalError = DiagnosticIds.InternalError;

        /// <summary>Warning: the package's analyzers did not run on the project (RunAnalyzers false, analyzers excluded).</summary>
        public const string AnalyzersOff = DiagnosticIds.AnalyzersOff;

        /// <summary>Warning: the record was taken out of the analyzers' AdditionalFiles.</summary>
        public const string RecordNotAnalyzed = DiagnosticIds.RecordNotAnalyzed;

        /// <summary>Error: the record fails the build, and its findings were printed in full by another project of the build.</summary>
        public const string ReportedOnce = DiagnosticIds.RecordReportedOnce;

        /// <summary>The rule's one-line title (resource <c>Title_ID</c>), for the rules index and the docs.</summary>
        public static string Title(string id, CultureInfo culture) => TaskMessages.Format(culture, "Title_" + id);

        /// <summary>How the task reports the rule: the setting, the internal failure and a record reported once stop the build, the rest warn.</summary>
        public static FindingSeverity SeverityOf(string id) =>
            id == InvalidSetting || id == InternalError || id == ReportedOnce ? FindingSeverity.Error : FindingSeverity.Warning;

        public static IReadOnlyList<string> All { get; } = new[] { EnforcementDisabled, InvalidSetting, InternalError, AnalyzersOff, RecordNotAnalyzed, ReportedOnce };
    }
}
