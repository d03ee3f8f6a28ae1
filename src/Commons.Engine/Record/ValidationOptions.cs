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

        /// <summary>
        /// The repository the record belongs to, against which <c>fournisseur</c> claims are checked (CN0203). Default:
        /// read near the record when it is validated from its file (ValidateFile); a record given as bytes or text alone is not checked.
        /// </summary>
        public RepositoryFacts? Repository { get; set; }

        /// <summary>
        /// Also report a schema line (<c># yaml-language-server: $schema=</c>) that leads to no readable schema (CN0016),
        /// for a record validated from its file. <c>commons check</c> sets it; the build does not (the line is the
        /// editor's business, and a build that fails on it would punish a folder layout).
        /// </summary>
        public bool CheckSchemaLine { get; set; }
    }
}
