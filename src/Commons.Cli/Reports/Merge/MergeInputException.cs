using System;

namespace Commons.Cli.Reports.Merge
{
    /// <summary>
    /// A report that <c>report merge</c> could read the first time but not while writing the outputs (changed, cut or
    /// unreadable in between): a sentence naming the file and exit 2, never mistaken for an output that cannot be written.
    /// </summary>
    internal sealed class MergeInputException : Exception
    {
        public MergeInputException(string file, string reasonKey, string detail = "")
            : base(reasonKey)
        {
            File = file;
            ReasonKey = reasonKey;
            Detail = detail;
        }

        public string File { get; }

        /// <summary>A resource key whose arguments are the file and <see cref="Detail"/>.</summary>
        public string ReasonKey { get; }

        public string Detail { get; }
    }
}
