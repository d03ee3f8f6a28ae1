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

        /// <summary>Reports <paramref name="rule"/> at <paramref name="position"/> with the message of <paramref name="messageKey"/>.</summary>
        public void Report(RecordRule rule, SourcePosition position, string messageKey, params object[] args)
        {
            var message = Messages.Format(Culture, messageKey, args);
            _findings.Add(new Finding(rule.Id, rule.DefaultSeverity, message, FilePath, position));
        }

        /// <summary>A phrase from the resources, in the sink's language, to pass as a message argument.</summary>
        public string Text(string key, params object[] args) => Messages.Format(Culture, key, args);
    }
}
