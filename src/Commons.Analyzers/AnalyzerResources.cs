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

    /// <summary>
    /// What a brick analyzer found ("the creation of SmtpClient"): a key of the engine's brick messages and its
    /// arguments, written out only when a diagnostic is reported, in the build's language.
    /// </summary>
    internal sealed class FoundText
    {
        private readonly string _key;
        private readonly object[] _args;

        public FoundText(string key, params object[] args)
        {
            _key = key;
            _args = args;
        }

        public string In(CultureInfo culture) => Commons.Engine.Verdicts.BrickMessages.Format(culture, _key, _args);
    }

    /// <summary>
    /// The message format of the diagnostics whose whole text is written by the analyzer in the build's language
    /// (CommonsLanguage): "{0}" in every culture, so the culture the compiler or the IDE passes when it formats the
    /// message changes nothing. Titles and descriptions, which belong to the rule rather than to one build, follow the
    /// IDE's language.
    /// </summary>
    internal sealed class VerbatimMessage : LocalizableString
    {
        public static readonly VerbatimMessage Instance = new VerbatimMessage();

        protected override string GetText(IFormatProvider? formatProvider) => "{0}";

        protected override int GetHash() => 0;

        protected override bool AreEqual(object? other) => other is VerbatimMessage;
    }
}
