using System.Globalization;
using System.Resources;

namespace Commons.Engine.Verdicts
{
    /// <summary>
    /// The words of a brick finding (Resources/BrickMessages.resx and .fr.resx), one set for the analyzers, the build
    /// and <c>commons scan</c>, always asked for in an explicit culture: a build's language is CommonsLanguage, never
    /// the machine's.
    /// </summary>
    public static class BrickMessages
    {
        private static readonly ResourceManager Resources =
            new ResourceManager("Commons.Engine.Resources.BrickMessages", typeof(BrickMessages).Assembly);

        private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
        private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

        /// <summary>The culture of a CommonsLanguage / --lang value: <c>en</c> for English, French otherwise (the default).</summary>
        public static CultureInfo CultureOf(string? language) =>
            language != null && language.Trim().StartsWith("en", System.StringComparison.OrdinalIgnoreCase) ? English : French;

        public static string Get(CultureInfo culture, string key) => Resources.GetString(key, culture) ?? key;

        public static string Format(CultureInfo culture, string key, params object[] args) =>
            string.Format(culture, Get(culture, key), args);
    }
}
