using System.Collections.Generic;

namespace Commons.Engine.Findings
{
    /// <summary>
    /// Every rule of the decision record, in one place. IDs are stable forever: CI problem matchers and
    /// users' NoWarn lists depend on them. CN00xx: the file and its structure; CN01xx: the decision
    /// tree; CN02xx: the bricks section.
    /// </summary>
    public static class RecordRules
    {
        public static readonly RecordRule RecordMissing = new RecordRule(DiagnosticIds.RecordMissing, FindingSeverity.Error, "file");
        public static readonly RecordRule InvalidYaml = new RecordRule(DiagnosticIds.InvalidYaml, FindingSeverity.Error, "file");
        public static readonly RecordRule NotAMapping = new RecordRule(DiagnosticIds.NotAMapping, FindingSeverity.Error, "file");
        public static readonly RecordRule ForbiddenYamlFeature = new RecordRule(DiagnosticIds.ForbiddenYamlFeature, FindingSeverity.Error, "file");
        public static readonly RecordRule LimitExceeded = new RecordRule(DiagnosticIds.LimitExceeded, FindingSeverity.Error, "file");
        public static readonly RecordRule TabIndentation = new RecordRule(DiagnosticIds.TabIndentation, FindingSeverity.Error, "file");
        public static readonly RecordRule DuplicateKey = new RecordRule(DiagnosticIds.DuplicateKey, FindingSeverity.Error, "file");
        public static readonly RecordRule Version = new RecordRule(DiagnosticIds.Version, FindingSeverity.Error, "structure");
        public static readonly RecordRule UnknownKey = new RecordRule(DiagnosticIds.UnknownKey, FindingSeverity.Error, "structure");
        public static readonly RecordRule WrongType = new RecordRule(DiagnosticIds.WrongType, FindingSeverity.Error, "structure");
        public static readonly RecordRule ValueNotAllowed = new RecordRule(DiagnosticIds.ValueNotAllowed, FindingSeverity.Error, "structure");
        public static readonly RecordRule SectionNotApplicable = new RecordRule(DiagnosticIds.SectionNotApplicable, FindingSeverity.Warning, "structure");
        public static readonly RecordRule RequiredMissing = new RecordRule(DiagnosticIds.RequiredMissing, FindingSeverity.Error, "structure");
        public static readonly RecordRule PlaceholderJustification = new RecordRule(DiagnosticIds.PlaceholderJustification, FindingSeverity.Error, "structure");
        public static readonly RecordRule InvalidDate = new RecordRule(DiagnosticIds.InvalidDate, FindingSeverity.Error, "structure");

        /// <summary>Reported by <c>commons check</c> only (<see cref="Record.ValidationOptions.CheckSchemaLine"/>): the editor's schema line leads nowhere.</summary>
        public static readonly RecordRule SchemaUnreadable = new RecordRule(DiagnosticIds.SchemaUnreadable, FindingSeverity.Warning, "file");

        public static readonly RecordRule NeedNotCovered = new RecordRule(DiagnosticIds.NeedNotCovered, FindingSeverity.Error, "tree");
        public static readonly RecordRule DematSocialWhereDsSuffices = new RecordRule(DiagnosticIds.DematSocialWhereDsSuffices, FindingSeverity.Error, "tree");
        public static readonly RecordRule SpecificFrontWhereCommonSuffices = new RecordRule(DiagnosticIds.SpecificFrontWhereCommonSuffices, FindingSeverity.Error, "tree");
        public static readonly RecordRule GlpiCompromiseMissing = new RecordRule(DiagnosticIds.GlpiCompromiseMissing, FindingSeverity.Error, "tree");
        public static readonly RecordRule GlpiLimitsMissing = new RecordRule(DiagnosticIds.GlpiLimitsMissing, FindingSeverity.Error, "tree");
        public static readonly RecordRule GlpiStepsNotRuledOut = new RecordRule(DiagnosticIds.GlpiStepsNotRuledOut, FindingSeverity.Error, "tree");
        public static readonly RecordRule GlpiWithDataModelControl = new RecordRule(DiagnosticIds.GlpiWithDataModelControl, FindingSeverity.Error, "tree");
        public static readonly RecordRule SpecificReferentialForSimpleNeeds = new RecordRule(DiagnosticIds.SpecificReferentialForSimpleNeeds, FindingSeverity.Error, "tree");
        public static readonly RecordRule ExceptionExpired = new RecordRule(DiagnosticIds.ExceptionExpired, FindingSeverity.Error, "bricks");
        public static readonly RecordRule ExceptionExpiresSoon = new RecordRule(DiagnosticIds.ExceptionExpiresSoon, FindingSeverity.Warning, "bricks");
        public static readonly RecordRule ProviderNotVerified = new RecordRule(DiagnosticIds.ProviderNotVerified, FindingSeverity.Warning, "bricks");

        /// <summary>Reported by <c>commons scan</c> only, which sees the whole repository: an exception no code needs any more.</summary>
        public static readonly RecordRule ExceptionNoLongerNeeded = new RecordRule(DiagnosticIds.ExceptionNoLongerNeeded, FindingSeverity.Warning, "bricks");

        /// <summary>
        /// An exception for a brick whose common component is open (<c>status: available</c> in the catalog the record is
        /// read with): a warning until its echeance, an error after. It takes the place of CN0201/CN0202 for that exception.
        /// </summary>
        public static readonly RecordRule ExceptionForOpenedBrick = new RecordRule(DiagnosticIds.ExceptionForOpenedBrick, FindingSeverity.Warning, "bricks");

        public static IReadOnlyList<RecordRule> All { get; } = new[]
        {
            RecordMissing, InvalidYaml, NotAMapping, ForbiddenYamlFeature, LimitExceeded, TabIndentation, DuplicateKey,
            Version, UnknownKey, WrongType, ValueNotAllowed, SectionNotApplicable, RequiredMissing,
            PlaceholderJustification, InvalidDate, SchemaUnreadable,
            NeedNotCovered, DematSocialWhereDsSuffices, SpecificFrontWhereCommonSuffices, GlpiCompromiseMissing,
            GlpiLimitsMissing, GlpiStepsNotRuledOut, GlpiWithDataModelControl, SpecificReferentialForSimpleNeeds,
            ExceptionExpired, ExceptionExpiresSoon, ProviderNotVerified,
            ExceptionNoLongerNeeded, ExceptionForOpenedBrick,
        };
    }
}
