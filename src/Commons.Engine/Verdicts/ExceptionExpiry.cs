using System;
using System.Globalization;

namespace Commons.Engine.Verdicts
{
    /// <summary>
    /// One exception's <c>echeance</c> read against one day: the single place that decides whether an exception is
    /// past, near or far from its date. The record's check (CN0201/CN0202), the analyzers' exemption, the integrity
    /// audit, the fleet report's table and charts and the trend all ask it, so they cannot disagree by a day.
    /// </summary>
    public readonly struct ExceptionExpiry
    {
        private ExceptionExpiry(ExpiryState state, int daysLeft)
        {
            State = state;
            DaysLeft = daysLeft;
        }

        public ExpiryState State { get; }

        /// <summary>Days from the day read against to the expiry: negative once past, 0 on the expiry day, 0 without a date.</summary>
        public int DaysLeft { get; }

        /// <summary>How many days ago the exception expired (0 unless <see cref="ExpiryState.Expired"/>).</summary>
        public int DaysPast => State == ExpiryState.Expired ? -DaysLeft : 0;

        /// <summary>Still in force: the code it covers is not reported. The expiry day itself is covered.</summary>
        public bool IsActive => State == ExpiryState.ExpiresSoon || State == ExpiryState.Current;

        /// <summary>Past due for a report: expired, or without a usable date (nothing says until when it holds).</summary>
        public bool IsPastDue => !IsActive;

        /// <param name="expiry">The <c>echeance</c>, null when the record has none.</param>
        /// <param name="today">The day read against (the scan's <c>--today</c>); only its date counts.</param>
        /// <param name="warningDays">The policy's warning window, <c>alerte-echeance-jours</c> of rules/tree.yml.</param>
        public static ExceptionExpiry Of(DateTime? expiry, DateTime today, int warningDays)
        {
            if (!expiry.HasValue)
            {
                return new ExceptionExpiry(ExpiryState.NoDate, 0);
            }

            var daysLeft = (expiry.Value.Date - today.Date).Days;
            var state = daysLeft < 0 ? ExpiryState.Expired : daysLeft <= warningDays ? ExpiryState.ExpiresSoon : ExpiryState.Current;
            return new ExceptionExpiry(state, daysLeft);
        }

        /// <summary>The same, from the <c>yyyy-MM-dd</c> text a scan report carries; anything else counts as no date.</summary>
        public static ExceptionExpiry Of(string? expiry, DateTime today, int warningDays) =>
            Of(ParseDate(expiry), today, warningDays);

        /// <summary>A <c>yyyy-MM-dd</c> date, or null.</summary>
        public static DateTime? ParseDate(string? text) =>
            DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateTime?)null;
    }
}
