using System;

namespace Commons.Cli.Reports.Trend
{
    /// <summary>Scans that do not make one trend (another fleet, another version, two of one day): one sentence for the user.</summary>
    internal sealed class TrendRefusedException : Exception
    {
        public TrendRefusedException(string reasonKey, params object[] arguments)
            : base(reasonKey)
        {
            ReasonKey = reasonKey;
            Arguments = arguments;
        }

        /// <summary>A key of CliMessages.resx.</summary>
        public string ReasonKey { get; }

        public object[] Arguments { get; }
    }
}
