using System.Collections.Generic;
using System.Globalization;

namespace Commons.Engine.Findings
{
    /// <summary>Collects the findings of one validation, rendering each message in the requested language.</summary>
    public sealed class FindingSink
    {
        private readonly List<Finding> _findings = new List<Finding>();

        public FindingSink(string? filePath, CultureInfo culture)
        {
            FilePath = filePath;
            Culture = culture;
        }

        public string? FilePath { get; }

        public CultureInfo Culture { get; }

        public IReadOnlyList<Finding> Findings => _findings;

        public bool HasErrors
        {
            get
            {
                foreach (var finding in _findings)
                {
                    if (finding.Severity == FindingSeverity.Error)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Reports <paramref name="rule"/> at <paramref name="position"/> with its message (resource key: the rule's ID).</summary>
        public void Report(RecordRule rule, SourcePosition position, params object[] args) => Add(rule, position, rule.Id, args);

        /// <summary>
        /// Reports <paramref name="rule"/> with one of its other wordings: the resource key is the rule's ID, an underscore
        /// and <paramref name="variant"/> (e.g. <c>CN0005_Depth</c>), so a message can never be filed under another rule.
        /// </summary>
        public void ReportVariant(RecordRule rule, SourcePosition position, string variant, params object[] args) =>
            Add(rule, position, rule.Id + "_" + variant, args);

        /// <summary>
        /// <see cref="ReportVariant"/> at another severity than the rule's default, for the one rule whose severity follows
        /// the clock (CN0211: a warning before the exception's echeance, an error after).
        /// </summary>
        public void ReportVariantAs(RecordRule rule, FindingSeverity severity, SourcePosition position, string variant, params object[] args) =>
            Add(rule, position, rule.Id + "_" + variant, args, severity);

        private void Add(RecordRule rule, SourcePosition position, string messageKey, object[] args, FindingSeverity? severity = null)
        {
            var message = Messages.Format(Culture, messageKey, args);
            _findings.Add(new Finding(rule.Id, severity ?? rule.DefaultSeverity, message, FilePath, position));
        }

        /// <summary>A phrase from the resources, in the sink's language, to pass as a message argument.</summary>
        public string Text(string key, params object[] args) => Messages.Format(Culture, key, args);
    }
}
