namespace Commons.Engine.Verdicts
{
    /// <summary>Where an exception stands against its <c>echeance</c> on a given day.</summary>
    public enum ExpiryState
    {
        /// <summary>No date, or one that is not a date: the record's check refuses it, a report shows it as past.</summary>
        NoDate,

        /// <summary>The date has passed: the exception no longer covers the code (CN0201).</summary>
        Expired,

        /// <summary>Within the policy's warning window (<c>alerte-echeance-jours</c>), the expiry day itself included (CN0202).</summary>
        ExpiresSoon,

        /// <summary>Further away than the warning window.</summary>
        Current,
    }
}
