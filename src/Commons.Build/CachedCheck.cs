using System.Collections.Generic;
using Commons.Engine.Findings;

namespace Commons.Build
{
    /// <summary>The outcome of checking one record once on a build node, shared by every project of that node that uses it.</summary>
    internal sealed class CachedCheck
    {
        public CachedCheck(IReadOnlyList<Finding> findings, string reportedBy)
        {
            Findings = findings;
            ReportedBy = reportedBy;
        }

        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>The project that checked the record first on this node: named when a clean record is found in the cache.</summary>
        public string ReportedBy { get; }
    }
}
