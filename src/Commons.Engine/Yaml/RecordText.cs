using System;
using System.Text;
using Commons.Engine.Findings;

namespace Commons.Engine.Yaml
{
    /// <summary>Turns a record's bytes into text: UTF-8 only (BOM allowed), within the size limit.</summary>
    public static class RecordText
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The decoded text, or null after reporting why the bytes cannot be a record.</summary>
        public static string? Decode(byte[] bytes, FindingSink sink, ReaderLimits limits)
        {
            if (bytes.Length > limits.MaxBytes)
            {
                sink.ReportVariant(RecordRules.LimitExceeded, SourcePosition.Start, "Size", bytes.Length, limits.MaxBytes);
                return null;
            }

            if (HasUtf16Or32Bom(bytes))
            {
                sink.ReportVariant(RecordRules.InvalidYaml, SourcePosition.Start, "NotUtf8Bom");
                return null;
            }

            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
            }
            catch (DecoderFallbackException)
            {
                var bad = FirstInvalidByte(bytes, offset);
                sink.ReportVariant(RecordRules.InvalidYaml, PositionOfByte(bytes, offset, bad), "InvalidUtf8");
                return null;
            }
        }

        private static bool HasUtf16Or32Bom(byte[] b) =>
            (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) || (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) ||
            (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF);

        /// <summary>Finds the first byte where a strict UTF-8 decode fails, by growing a prefix one sequence at a time.</summary>
        private static int FirstInvalidByte(byte[] bytes, int offset)
        {
            var i = offset;
            while (i < bytes.Length)
            {
                var b = bytes[i];
                var length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
                if (length == 0 || i + length > bytes.Length)
                {
                    return i;
                }

                try
                {
                    StrictUtf8.GetCharCount(bytes, i, length);
                }
                catch (DecoderFallbackException)
                {
                    return i;
                }

                i += length;
            }

            return Math.Max(offset, bytes.Length - 1);
        }

        private static SourcePosition PositionOfByte(byte[] bytes, int offset, int index)
        {
            var line = 1;
            var lineStart = offset;
            for (var i = offset; i < index && i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new SourcePosition(line, index - lineStart + 1);
        }
    }
}
