using System;
using System.Globalization;

namespace Commons.Cli.Output
{
    public enum ReportFormat
    {
        Text,
        Json,
        Sarif,
    }

    /// <summary>How a command reports: format, language, clock, and where to write (null: standard output).</summary>
    public sealed class OutputSettings
    {
        public OutputSettings(ReportFormat format, CultureInfo culture, DateTime today, string? outputPath)
        {
            Format = format;
            Culture = culture;
            Today = today;
            OutputPath = outputPath;
        }

        public ReportFormat Format { get; }

        public CultureInfo Culture { get; }

        public DateTime Today { get; }

        public string? OutputPath { get; }
    }
}
