using System.Globalization;
using System.Resources;

namespace Commons.Engine.Findings
{
    /// <summary>The engine's messages, in English (neutral) and French (Resources/Messages.fr.resx).</summary>
    public static class Messages
    {
        private static readonly ResourceManager Resources =
            new ResourceManager("Commons.Engine.Resources.Messages", typeof(Messages).Assembly);

        public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

        public static string Format(CultureInfo culture, string key, params object[] args) =>
            string.Format(culture, Get(key, culture), args);
    }
}
