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
        public static readonly RecordRule RecordMissing = new RecordRule("CN0001", FindingSeverity.Error, "file");
        public static readonly RecordRule InvalidYaml = new RecordRule("CN0002", FindingSeverity.Error, "file");
        public static readonly RecordRule NotAMapping = new RecordRule("CN0003", FindingSeverity.Error, "file");
        public static readonly RecordRule ForbiddenYamlFeature = new RecordRule("CN0004", FindingSeverity.Error, "file");
        public static readonly RecordRule LimitExceeded = new RecordRule("CN0005", FindingSeverity.Error, "file");
        public static readonly RecordRule TabIndentation = new RecordRule("CN0006", FindingSeverity.Error, "file");
        public static readonly RecordRule DuplicateKey = new RecordRule("CN0007", FindingSeverity.Error, "file");
        public static readonly RecordRule Version = new RecordRule("CN0008", FindingSeverity.Error, "structure");
        public static readonly RecordRule UnknownKey = new RecordRule("CN0009", FindingSeverity.Error, "structure");
        public static readonly RecordRule WrongType = new RecordRule("CN0010", FindingSeverity.Error, "structure");
        public static readonly RecordRule ValueNotAllowed = new RecordRule("CN0011", FindingSeverity.Error, "structure");
        public static readonly RecordRule SectionNotApplicable = new RecordRule("CN0012", FindingSeverity.Warning, "structure");
        public static readonly RecordRule RequiredMissing = new RecordRule("CN0013", FindingSeverity.Error, "structure");
        public static readonly RecordRule PlaceholderJustification = new RecordRule("CN0014", FindingSeverity.Error, "structure");
        public static readonly RecordRule InvalidDate = new RecordRule("CN0015", FindingSeverity.Error, "structure");
        public static readonly RecordRule NeedNotCovered = new RecordRule("CN0101", FindingSeverity.Error, "tree");
        public static readonly RecordRule DematSocialWhereDsSuffices = new RecordRule("CN0102", FindingSeverity.Error, "tree");
        public static readonly RecordRule SpecificFrontWhereCommonSuffices = new RecordRule("CN0103", FindingSeverity.Error, "tree");
        public static readonly RecordRule GlpiCompromiseMissing = new RecordRule("CN0104", FindingSeverity.Error, "tree");
        public static readonly RecordRule GlpiLimitsMissing = new RecordRule("CN0105", FindingSeverity.Error, "tree");
        public static readonly RecordRule GlpiStepsNotRuledOut = new RecordRule("CN0106", FindingSeverity.Error, "tree");
        public static readonly RecordRule GlpiWithDataModelControl = new RecordRule("CN0107", FindingSeverity.Error, "tree");
        public static readonly RecordRule SpecificReferentialForSimpleNeeds = new RecordRule("CN0108", FindingSeverity.Error, "tree");
        public static readonly RecordRule ExceptionExpired = new RecordRule("CN0201", FindingSeverity.Error, "bricks");
        public static readonly RecordRule ExceptionExpiresSoon = new RecordRule("CN0202", FindingSeverity.Warning, "bricks");
        public static readonly RecordRule ProviderNotVerified = new RecordRule("CN0203", FindingSeverity.Warning, "bricks");

        /// <summary>Reported by <c>commons scan</c> only, which sees the whole repository: an exception no code needs any more.</summary>
        public static readonly RecordRule ExceptionNoLongerNeeded = new RecordRule("CN0210", FindingSeverity.Warning, "bricks");

        public static IReadOnlyList<RecordRule> All { get; } = new[]
        {
            RecordMissing, InvalidYaml, NotAMapping, ForbiddenYamlFeature, LimitExceeded, TabIndentation, DuplicateKey,
            Version, UnknownKey, WrongType, ValueNotAllowed, SectionNotApplicable, RequiredMissing,
            PlaceholderJustification, InvalidDate,
            NeedNotCovered, DematSocialWhereDsSuffices, SpecificFrontWhereCommonSuffices, GlpiCompromiseMissing,
            GlpiLimitsMissing, GlpiStepsNotRuledOut, GlpiWithDataModelControl, SpecificReferentialForSimpleNeeds,
            ExceptionExpired, ExceptionExpiresSoon, ProviderNotVerified,
            ExceptionNoLongerNeeded,
        };
    }
}
