using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Commons.Cli.Output;

namespace Commons.Cli.Reports
{
    /// <summary>What <c>scan</c> and <c>report merge</c> both write: the main output (text, JSON, SARIF), the HTML page, the CSV.</summary>
    internal static class FleetOutput
    {
        /// <summary>Exit code: 2 when a file cannot be written, 1 when any finding is an error, 0 otherwise.</summary>
        public static int Write(FleetReport report, OutputSettings settings, string? htmlPath, string? csvPath, TextWriter stdout, TextWriter stderr, IReadOnlyList<IReportSection>? sections = null)
        {
            var ok = TryWrite(settings.OutputPath, stdout, stderr, settings, writer =>
            {
                switch (settings.Format)
                {
                    case ReportFormat.Json:
                        report.WriteJson(writer);
                        break;
                    case ReportFormat.Sarif:
                        SarifReportWriter.Write(report.Findings.Select(f => f.ToFinding()), settings.Culture, writer, brickRules: true);
                        break;
                    default:
                        foreach (var finding in report.Findings)
                        {
                            writer.WriteLine(finding.ToCanonicalString());
                        }

                        var summary = report.Summary;
                        writer.WriteLine(CliText.Format(settings.Culture, "Scan_Summary", summary.Repositories, summary.Errors, summary.Warnings));
                        break;
                }
            });
            ok &= htmlPath == null || TryWrite(htmlPath, stdout, stderr, settings, writer => HtmlReportWriter.Write(report, writer, sections));
            ok &= csvPath == null || TryWrite(csvPath, stdout, stderr, settings, writer => CsvReportWriter.Write(report, writer));
            if (!ok)
            {
                return ExitCodes.Usage;
            }

            return report.Summary.Errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
        }

        internal static bool TryWrite(string? path, TextWriter stdout, TextWriter stderr, OutputSettings settings, Action<TextWriter> write) =>
            TryWrite(path, stdout, stderr, settings.Culture, write);

        /// <summary>Writes to <paramref name="path"/> (UTF-8, no BOM), or to stdout without one; false after saying why the file could not be written.</summary>
        public static bool TryWrite(string? path, TextWriter stdout, TextWriter stderr, System.Globalization.CultureInfo culture, Action<TextWriter> write)
        {
            if (path == null)
            {
                write(stdout);
                return true;
            }

            StreamWriter? file = null;
            var whole = false;
            try
            {
                file = new StreamWriter(path, append: false, new UTF8Encoding(false));
                write(file);
                file.Dispose();
                whole = true;
                return true;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                stderr.WriteLine("commons: " + CliText.Format(culture, "Usage_CannotWrite", path, ex.Message));
                return false;
            }
            finally
            {
                if (!whole && file != null)
                {
                    Discard(file, path);
                }
            }
        }

        /// <summary>
        /// Removes a report cut short (the disk full, a merged report changed under the merge, no memory left): a pipeline
        /// would publish half a report as if it were whole. The first failure is the one reported; one here adds nothing.
        /// </summary>
        private static void Discard(StreamWriter file, string path)
        {
            try
            {
                file.Dispose();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Its last bytes could not be flushed either: it is deleted below all the same.
            }

            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Left behind, cut short: the sentence already on stderr says the run failed.
            }
        }
    }
}
