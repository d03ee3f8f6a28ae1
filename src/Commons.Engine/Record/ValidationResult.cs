using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Findings;

namespace Commons.Engine.Record
{
    public sealed class ValidationResult
    {
        public ValidationResult(string? filePath, IReadOnlyList<Finding> findings, DecisionRecord? record)
        {
            FilePath = filePath;
            Findings = findings;
            Record = record;
        }

        public string? FilePath { get; }

        /// <summary>Every finding of the run, in the order of the file.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>What could be read of the record; null when the file could not be read at all.</summary>
        public DecisionRecord? Record { get; }

        public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

        public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error);

        public int WarningCount => Findings.Count(f => f.Severity == FindingSeverity.Warning);
    }
}
