using System;
using System.IO;
using System.Xml;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// An XML reader over a file's text as <see cref="TextFile"/> gives it. A UTF-8 byte order mark (what Visual Studio
    /// writes at the head of web.config and app.config) comes as a space that keeps its column, and XML allows nothing,
    /// not even a space, before its declaration: the reader starts after it, one column further on the first line.
    /// </summary>
    internal static class XmlText
    {
        public static XmlReader Create(string text, XmlReaderSettings settings)
        {
            if (text.StartsWith(" <?xml", StringComparison.Ordinal))
            {
                var shifted = settings.Clone();
                shifted.LinePositionOffset = 1;
                return XmlReader.Create(new StringReader(text.Substring(1)), shifted);
            }

            return XmlReader.Create(new StringReader(text), settings);
        }
    }
}
