using System;
using System.Collections.Generic;
using Commons.Engine.Findings;

namespace Commons.Engine.Policy
{
    /// <summary>The policy data in rules/ (or an organisation's file) does not have the expected shape.</summary>
    public sealed class PolicyDataException : Exception
    {
        public PolicyDataException(string message, SourcePosition? position = null, IReadOnlyList<Finding>? findings = null)
            : base(message)
        {
            Position = position;
            Findings = findings ?? Array.Empty<Finding>();
        }

        /// <summary>Where in the file, when the problem has a place (a key of the wrong shape).</summary>
        public SourcePosition? Position { get; }

        /// <summary>Every finding of the YAML reader when the file is not readable YAML (the message names the first).</summary>
        public IReadOnlyList<Finding> Findings { get; }
    }
}
