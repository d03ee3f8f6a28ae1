using System.Globalization;
using System.Text;

namespace Commons.Engine.Text
{
    /// <summary>
    /// Text from a repository (a file name, a value quoted in a message) made safe for a one-line text report: control
    /// characters become visible escapes (<c>\n</c>, <c>\x1b</c>), so a file named <c>x⏎Payments.cs(12,5): error …</c>
    /// cannot print a line of its own that CI annotations would pick up, nor a terminal escape sequence act. Backslashes
    /// are left as they are: a Linux file name's backslash stays a backslash.
    /// </summary>
    public static class VisibleText
    {
        public static string Escape(string text)
        {
            var first = 0;
            while (first < text.Length && !MustEscape(text[first]))
            {
                first++;
            }

            if (first == text.Length)
            {
                return text; // the common case: nothing to escape, nothing allocated
            }

            var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
            for (var i = first; i < text.Length; i++)
            {
                var c = text[i];
                if (!MustEscape(c))
                {
                    escaped.Append(c);
                }
                else if (c == '\n')
                {
                    escaped.Append("\\n");
                }
                else if (c == '\r')
                {
                    escaped.Append("\\r");
                }
                else if (c == '\t')
                {
                    escaped.Append("\\t");
                }
                else if (c <= 0xFF)
                {
                    escaped.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                }
                else
                {
                    escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
            }

            return escaped.ToString();
        }

        /// <summary>C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional overrides that reorder what a terminal shows.</summary>
        private static bool MustEscape(char c) =>
            c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
