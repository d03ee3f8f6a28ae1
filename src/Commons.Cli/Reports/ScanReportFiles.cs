using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Commons.Cli.Reports
{
    /// <summary>Reads the JSON of <c>scan --format json</c> runs given to <c>report merge</c> and <c>report trend</c>.</summary>
    internal static class ScanReportFiles
    {
        /// <summary>
        /// Every file as a scan, or null after one sentence on <paramref name="stderr"/> naming the first file that is
        /// unreadable, not a scan (<paramref name="notAScanKey"/>, the command's own words) or of another format.
        /// </summary>
        public static List<(string File, FleetReport Scan)>? Read(IEnumerable<string> files, CultureInfo culture, TextWriter stderr, string notAScanKey) =>
            Read(files, culture, stderr, notAScanKey, file =>
            {
                // Read as the serializer goes: a report of a million findings is never held as one text.
                using var stream = File.OpenRead(file);
                return FleetReport.FromJson(stream);
            });

        /// <summary>The same, each file read by <paramref name="read"/> (<c>report merge</c> reads them without their findings).</summary>
        public static List<(string File, T Scan)>? Read<T>(IEnumerable<string> files, CultureInfo culture, TextWriter stderr, string notAScanKey, Func<string, T> read)
        {
            var scans = new List<(string File, T Scan)>();
            foreach (var file in files)
            {
                try
                {
                    scans.Add((file, read(file)));
                }
                catch (NotAScanReportException ex)
                {
                    var key = ex.ReasonKey == "Merge_NotAScanReport" ? notAScanKey : ex.ReasonKey;
                    stderr.WriteLine("commons: " + CliText.Format(culture, key, file, FleetReport.CurrentFormat));
                    return null;
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
                {
                    stderr.WriteLine("commons: " + CliText.Format(culture, "Merge_Unreadable", file, ex.Message));
                    return null;
                }
            }

            return scans;
        }
    }
}
