using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Commons.Engine.Files;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Reads a file for the text scanners, or says why not: too large (a bundle, a dump), binary (a NUL byte in its
    /// first kilobytes), minified (a line longer than any hand-written one), unreadable. The size is checked before
    /// reading, so a 50 MB bundle costs a stat, not a read; the read itself is <see cref="BoundedFileReader"/>'s (regular
    /// files inside the repository, never more than the limit).
    /// </summary>
    internal static class TextFile
    {
        public const long MaxBytes = 1024 * 1024;

        /// <summary>No hand-written line is this long; a minified bundle's are.</summary>
        public const int MaxLineLength = 5000;

        public static string? Read(string path, ScanContext context, string language, bool checkLines = true)
        {
            var display = context.Repository.Display(path);
            var content = context.Reader.Read(path);
            if (content.Bytes == null)
            {
                Skip(context, display, content, MaxBytes);
                return null;
            }

            var bytes = content.Bytes;
            var utf16 = Utf16(bytes);
            if (utf16 == null && Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192)) >= 0)
            {
                context.Ledger.Skip(display, CliText.Get("Skip_Binary", context.Culture));
                return null;
            }

            // Windows tools still write some configuration in UTF-16 (its byte order mark says so): text, not binary.
            var text = utf16 != null ? utf16.GetString(bytes, 2, bytes.Length - 2) : new UTF8Encoding(false, false).GetString(bytes);
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

        /// <summary>A file the reader refused, in the ledger with its reason: the size in the scan's words, the rest in the reader's.</summary>
        public static void Skip(ScanContext context, string display, FileContent content, long maxBytes) =>
            context.Ledger.Skip(
                display,
                content.Refusal == FileRefusal.TooLarge
                    ? CliText.Format(context.Culture, "Skip_TooLarge", (content.Size / 1024).ToString(CultureInfo.InvariantCulture), maxBytes / 1024)
                    : content.Reason(context.Culture, maxBytes),
                SkipStage.File);

        /// <summary>
        /// What a format's reader finds in a file's text, or null when it refuses the file: the file is skipped with the
        /// reader's reason (a parser's unexpected refusal), not the repository's whole scan.
        /// </summary>
        public static List<T>? Parse<T>(string path, string text, ScanContext context, string format, Func<string, IEnumerable<T>> read)
        {
            var display = context.Repository.Display(path);
            try
            {
                return read(text).ToList();
            }
            catch (UnreadableConfigurationException ex)
            {
                context.Ledger.Skip(display, CliText.Format(context.Culture, "Skip_Invalid", format, ex.Message), SkipStage.Format);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                context.Ledger.Skip(display, CliText.Format(context.Culture, "Skip_Invalid", format, ex.GetType().Name + ": " + ex.Message), SkipStage.Format);
            }

            return null;
        }

        private static Encoding? Utf16(byte[] bytes) =>
            bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false)
            : bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false)
            : null;

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
