using System;
using System.Globalization;
using System.Linq;
using System.Resources;
using Microsoft.CodeAnalysis;

namespace Commons.Analyzers
{
    /// <summary>The analyzers' messages: Resources.resx (English, neutral) and Resources.fr.resx.</summary>
    internal static class AnalyzerResources
    {
        public static readonly ResourceManager Manager = new ResourceManager("Commons.Analyzers.Resources", typeof(AnalyzerResources).Assembly);

        public static LocalizableString Localizable(string key, params string[] args) =>
            new LocalizableResourceString(key, Manager, typeof(AnalyzerResources), args);

        public static string Get(string key, IFormatProvider? provider) =>
            Manager.GetString(key, provider as CultureInfo ?? CultureInfo.InvariantCulture) ?? key;
    }

    /// <summary>
    /// A message argument that is itself localized: Roslyn formats a diagnostic's message with the culture the
    /// build or the IDE asks for, and passes it to each <see cref="IFormattable"/> argument, so "what was found"
    /// and "what to do" follow the same language as the message around them.
    /// </summary>
    internal sealed class LocalizedText : IFormattable
    {
        private readonly string _key;
        private readonly object[] _args;

        public LocalizedText(string key, params object[] args)
        {
            _key = key;
            _args = args;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) =>
            string.Format(formatProvider, AnalyzerResources.Get(_key, formatProvider), _args);

        public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
    }

    /// <summary>A French and an English text from the catalog (a brick's names), picked by culture.</summary>
    internal sealed class CatalogText : IFormattable
    {
        private readonly string _french;
        private readonly string _english;

        public CatalogText(string french, string english)
        {
            _french = french;
            _english = english;
        }

        public static CatalogText Join(string separatorKey, params CatalogText[] parts) => new CatalogText(
            string.Join(AnalyzerResources.Get(separatorKey, CultureInfo.GetCultureInfo("fr")), parts.Select(p => p._french)),
            string.Join(AnalyzerResources.Get(separatorKey, CultureInfo.GetCultureInfo("en")), parts.Select(p => p._english)));

        public string ToString(string? format, IFormatProvider? formatProvider) =>
            (formatProvider as CultureInfo ?? CultureInfo.InvariantCulture).TwoLetterISOLanguageName == "fr" ? _french : _english;

        public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
    }
}
