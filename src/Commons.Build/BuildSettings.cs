using System;
using System.Globalization;

namespace Commons.Build
{
    /// <summary>
    /// Reads the Commons* properties the way every task of this assembly needs them. A value that cannot be
    /// used is not guessed around: the caller reports CN0902 naming the property.
    /// </summary>
    internal static class BuildSettings
    {
        public const string DateFormat = "yyyy-MM-dd";

        /// <summary>The culture of messages: <c>fr</c> (the default, the policy's language) or <c>en</c>.</summary>
        public static bool TryParseLanguage(string? value, out CultureInfo culture)
        {
            var text = (value ?? string.Empty).Trim();
            if (text.Length == 0 || string.Equals(text, "fr", StringComparison.OrdinalIgnoreCase))
            {
                culture = CultureInfo.GetCultureInfo("fr");
                return true;
            }

            if (string.Equals(text, "en", StringComparison.OrdinalIgnoreCase))
            {
                culture = CultureInfo.GetCultureInfo("en");
                return true;
            }

            culture = CultureInfo.GetCultureInfo("fr");
            return false;
        }

        /// <summary>The date exceptions expire against: <c>CommonsToday</c> when set (tests, replays), else the machine's.</summary>
        public static bool TryParseToday(string? value, Func<DateTime> clock, out DateTime today)
        {
            var text = (value ?? string.Empty).Trim();
            if (text.Length == 0)
            {
                today = clock().Date;
                return true;
            }

            return DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out today);
        }

        public static string FormatDate(DateTime date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
    }
}
