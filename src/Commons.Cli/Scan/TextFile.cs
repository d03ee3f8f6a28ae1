using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Reads a file for the text scanners, or says why not: too large (a bundle, a dump), binary (a NUL byte in its
    /// first kilobytes), minified (a line longer than any hand-written one), unreadable. The size is checked before
    /// reading, so a 50 MB bundle costs a stat, not a read.
    /// </summary>
    internal static class TextFile
    {
        public const long MaxBytes = 1024 * 1024;

        /// <summary>No hand-written line is this long; a minified bundle's are.</summary>
        public const int MaxLineLength = 5000;

        public static string? Read(string path, ScanContext context, string language, bool checkLines = true)
        {
            var display = context.Repository.Display(path);
            string text;
            try
            {
                var length = new FileInfo(path).Length;
                if (length > MaxBytes)
                {
                    context.Ledger.Skip(display, CliText.Format(context.Culture, "Skip_TooLarge", (length / 1024).ToString(CultureInfo.InvariantCulture), MaxBytes / 1024));
                    return null;
                }

                var bytes = File.ReadAllBytes(path);
                if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192)) >= 0)
                {
                    context.Ledger.Skip(display, CliText.Get("Skip_Binary", context.Culture));
                    return null;
                }

                text = new UTF8Encoding(false, false).GetString(bytes);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                context.Ledger.Skip(display, CliText.Format(context.Culture, "Skip_Unreadable", ex.Message));
                return null;
            }

            if (checkLines && LongestLine(text) > MaxLineLength)
            {
                context.Ledger.Skip(display, CliText.Format(context.Culture, "Skip_Minified", MaxLineLength));
                return null;
            }

            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = " " + text.Substring(1); // the byte order mark keeps its column, as an editor shows it
            }

            context.Ledger.Read(display, language);
            return text;
        }

        private static int LongestLine(string text)
        {
            var longest = 0;
            var start = 0;
            while (start <= text.Length)
            {
                var end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                longest = Math.Max(longest, end - start);
                start = end + 1;
            }

            return longest;
        }
    }
}
