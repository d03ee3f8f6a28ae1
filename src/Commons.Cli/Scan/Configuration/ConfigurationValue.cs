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

    /// <summary>A value of a configuration file and where it starts in the text (an offset in chars).</summary>
    internal readonly struct ConfigurationValue
    {
        public ConfigurationValue(string value, int offset)
        {
            Value = value;
            Offset = offset;
        }

        public string Value { get; }

        public int Offset { get; }
    }
}
