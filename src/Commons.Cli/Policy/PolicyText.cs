using System.Globalization;
using System.Resources;

namespace Commons.Cli.Policy
{
    /// <summary>The words of <c>commons policy</c> (Resources/PolicyMessages.resx and .fr.resx).</summary>
    internal static class PolicyText
    {
        private static readonly ResourceManager Resources = new ResourceManager("Commons.Cli.Resources.PolicyMessages", typeof(PolicyText).Assembly);

        public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

        public static string Format(CultureInfo culture, string key, params object[] args) => string.Format(culture, Get(key, culture), args);
    }
}
