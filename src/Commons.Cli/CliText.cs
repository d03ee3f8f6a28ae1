using System.Globalization;
using System.Resources;

namespace Commons.Cli
{
    /// <summary>The command's own words (help, summaries), in English and French like the engine's findings.</summary>
    internal static class CliText
    {
        private static readonly ResourceManager Resources = new ResourceManager("Commons.Cli.Resources.CliMessages", typeof(CliText).Assembly);

        /// <summary>French unless asked otherwise: the policy's language and its readers'.</summary>
        public static CultureInfo DefaultCulture => CultureInfo.GetCultureInfo("fr");

        public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

        public static string Format(CultureInfo culture, string key, params object[] args) => string.Format(culture, Get(key, culture), args);

        public static CultureInfo CultureFor(string language) => CultureInfo.GetCultureInfo(language == "en" ? "en" : "fr");
    }
}
