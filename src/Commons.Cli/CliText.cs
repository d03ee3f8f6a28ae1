using System.Globalization;
using System.Resources;

namespace Commons.Cli
{
    /// <summary>The command's own words (help, summaries), in English and French like the engine's findings.</summary>
    internal static class CliText
    {
        private static readonly ResourceManager Resources = new ResourceManager("Commons.Cli.Resources.CliMessages", typeof(CliText).Assembly);

        private static readonly System.Threading.AsyncLocal<CultureInfo?> Run = new System.Threading.AsyncLocal<CultureInfo?>();

        /// <summary>French unless asked otherwise: the policy's language and its readers'.</summary>
        public static CultureInfo DefaultCulture => CultureInfo.GetCultureInfo("fr");

        /// <summary>
        /// The language of this run's help and descriptions: the command line's <c>--lang</c>, read before the
        /// commands are built (their descriptions are words too), else French. Per async flow, so parallel runs in
        /// one process (tests) keep their own.
        /// </summary>
        public static CultureInfo RunCulture
        {
            get => Run.Value ?? DefaultCulture;
            set => Run.Value = value;
        }

        /// <summary>The value of <c>--lang</c> (<c>--lang en</c>, <c>--lang=en</c>, <c>--lang:en</c>), or null.</summary>
        public static string? LanguageArgument(string[] args)
        {
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i] == "--lang" && i + 1 < args.Length)
                {
                    return args[i + 1];
                }

                if (args[i].StartsWith("--lang=", System.StringComparison.Ordinal) || args[i].StartsWith("--lang:", System.StringComparison.Ordinal))
                {
                    return args[i].Substring("--lang=".Length);
                }
            }

            return null;
        }

        public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

        public static string Format(CultureInfo culture, string key, params object[] args) => string.Format(culture, Get(key, culture), args);

        /// <summary>
        /// The resource <paramref name="key"/><c>_One</c> or <paramref name="key"/><c>_Other</c>, by the language's rule for
        /// <paramref name="count"/>, formatted with the count as <c>{0}</c>: "1 dépôt", "0 dépôt", "2 dépôts"; "1 repository",
        /// "0 repositories". Words that follow a number say it right rather than "(s)".
        /// </summary>
        public static string Plural(CultureInfo culture, int count, string key) =>
            Format(culture, key + (IsSingular(culture, count) ? "_One" : "_Other"), count);

        /// <summary>French takes the singular for 0 and 1; English for 1 only.</summary>
        internal static bool IsSingular(CultureInfo culture, int count) =>
            culture.TwoLetterISOLanguageName == "fr" ? count is 0 or 1 : count == 1;

        public static CultureInfo CultureFor(string language) => CultureInfo.GetCultureInfo(language == "en" ? "en" : "fr");
    }
}
