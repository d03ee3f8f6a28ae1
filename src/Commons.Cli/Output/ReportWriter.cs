using System;
using System.IO;
using System.Text;

namespace Commons.Cli.Output
{
    /// <summary>Writes a report in the chosen format to standard output or to the --output file.</summary>
    internal static class ReportWriter
    {
        /// <summary>False when the output file cannot be written (the caller exits with code 2).</summary>
        public static bool TryWrite(CheckReport report, OutputSettings settings, TextWriter stdout, TextWriter stderr)
        {
            if (settings.OutputPath == null)
            {
                Write(report, settings.Format, stdout);
                return true;
            }

            try
            {
                using (var file = new StreamWriter(settings.OutputPath, append: false, new UTF8Encoding(false)))
                {
                    Write(report, settings.Format, file);
                }

                return true;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                stderr.WriteLine("commons: " + CliText.Format(settings.Culture, "Usage_CannotWrite", settings.OutputPath, ex.Message));
                return false;
            }
        }

        private static void Write(CheckReport report, ReportFormat format, TextWriter writer)
        {
            switch (format)
            {
                case ReportFormat.Json:
                    JsonReportWriter.Write(report, writer);
                    break;
                case ReportFormat.Sarif:
                    SarifReportWriter.Write(report, writer);
                    break;
                default:
                    TextReportWriter.Write(report, writer);
                    break;
            }
        }
    }
}
