using System;
using System.Globalization;
using Commons.Engine.Yaml;

namespace Commons.Engine.Record
{
    /// <summary>How to validate: the language of messages, the clock, the reader's limits.</summary>
    public sealed class ValidationOptions
    {
        /// <summary>French by default: the policy's language and its readers'.</summary>
        public CultureInfo Culture { get; set; } = CultureInfo.GetCultureInfo("fr");

        /// <summary>The clock for expiry dates; injectable so tests and <c>--today</c> are deterministic.</summary>
        public Func<DateTime> Today { get; set; } = () => DateTime.Today;

        public ReaderLimits Limits { get; set; } = ReaderLimits.Default;
    }
}
