using System.Collections.Generic;
using Commons.Engine.Findings;

namespace Commons.Build
{
    /// <summary>The outcome of checking one record once in a build, shared by every project that uses it.</summary>
    internal sealed class CachedCheck
    {
        public CachedCheck(IReadOnlyList<Finding> findings, string reportedBy)
        {
            Findings = findings;
            ReportedBy = reportedBy;
        }

        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>The project whose build logged the findings; the others only refer to it.</summary>
        public string ReportedBy { get; }
    }
}
