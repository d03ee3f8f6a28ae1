using System;

namespace Commons.Cli.Scan
{
    /// <summary>A file that its format's parser refused: the reason goes to the report, the file is skipped.</summary>
    internal sealed class UnreadableConfigurationException : Exception
    {
        public UnreadableConfigurationException(string reason)
            : base(reason)
        {
        }
    }

    /// <summary>A value of a configuration file, the key it is under, and where it starts in the text (an offset in chars).</summary>
    internal readonly struct ConfigurationValue
    {
        public ConfigurationValue(string value, int offset, string key = "")
        {
            Value = value;
            Offset = offset;
            Key = key;
        }

        public string Value { get; }

        /// <summary>The key's path (<c>spring.mail.host</c>, <c>SMTP_HOST</c>); empty where the format has none read (XML, TOML).</summary>
        public string Key { get; }

        public int Offset { get; }
    }
}
