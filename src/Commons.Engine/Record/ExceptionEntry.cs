using System;

namespace Commons.Engine.Record
{
    /// <summary>What an exception for a brick says: why the common does not fit yet, and until when.</summary>
    public sealed class ExceptionEntry
    {
        public ExceptionEntry(string justification, DateTime echeance)
        {
            Justification = justification;
            Echeance = echeance.Date;
        }

        public string Justification { get; }

        public DateTime Echeance { get; }
    }
}
