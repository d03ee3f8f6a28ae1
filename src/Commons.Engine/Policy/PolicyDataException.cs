using System;

namespace Commons.Engine.Policy
{
    /// <summary>The policy data in rules/ (or an organisation's file) does not have the expected shape.</summary>
    public sealed class PolicyDataException : Exception
    {
        public PolicyDataException(string message)
            : base(message)
        {
        }
    }
}
