using System;
using System.IO;
using System.Text.RegularExpressions;
using Commons.Engine.Findings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Commons.Engine.Yaml
{
    /// <summary>
    /// Reads a record's YAML into a positioned tree: first the text checks the parser does not make
    /// (<see cref="RecordTextScan"/>), then YamlDotNet's events into <see cref="YamlTreeBuilder"/>; a syntax error
    /// becomes a located CN0002.
    /// </summary>
    public static class RecordYamlReader
    {
        private static readonly Regex MarkPrefix = new Regex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

        /// <summary>The root node, or null when the text holds no usable document (the sink says why).</summary>
        public static Node? Read(string text, FindingSink sink, ReaderLimits limits)
        {
            if (RecordTextScan.ReportControlCharacters(text, sink) | RecordTextScan.ReportTabIndentation(text, sink) || RecordTextScan.ReportDeepFlowNesting(text, sink, limits))
            {
                return null;
            }

            text = RecordTextScan.BlankHarmlessTabs(text);

            var builder = new YamlTreeBuilder(sink, limits);
            var lastRead = SourcePosition.Start;
            try
            {
                var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
                while (parser.MoveNext())
                {
                    lastRead = ToPosition(parser.Current!.End);
                    if (!builder.Accept(parser.Current!))
                    {
                        break;
                    }
                }
            }
            catch (YamlException ex)
            {
                var message = MarkPrefix.Replace(ex.Message, string.Empty).TrimEnd('.');
                sink.ReportVariant(RecordRules.InvalidYaml, WithinText(ToPosition(ex.Start), text), "Syntax", message);
                return null;
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException || ex is IndexOutOfRangeException || ex is FormatException || ex is OverflowException)
            {
                // YamlDotNet's scanner has states it fails in with a plain exception instead of a YamlException
                // (a multi-line plain scalar inside a flow sequence: "[a\nb, c]"). Still a syntax error, located at
                // the end of the last construct the parser read.
                sink.ReportVariant(RecordRules.InvalidYaml, lastRead, "ParserFailure");
                return null;
            }

            return builder.Root;
        }

        /// <summary>
        /// YamlDotNet reports an error at the end of a file without a final line break one line past the end (it
        /// reads a virtual line break there): bring such a position back to the end of the last line, so editors
        /// and CI annotations point at a line that exists.
        /// </summary>
        internal static SourcePosition WithinText(SourcePosition position, string text)
        {
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < text.Length && line < position.Line; i++)
            {
                var c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            var lineEnd = lineStart;
            while (lineEnd < text.Length && text[lineEnd] != '\r' && text[lineEnd] != '\n' && text[lineEnd] != '\u0085' && text[lineEnd] != '\u2028' && text[lineEnd] != '\u2029')
            {
                lineEnd++;
            }

            var lastColumn = lineEnd - lineStart + 1;
            return line < position.Line
                ? new SourcePosition(line, lastColumn)
                : new SourcePosition(position.Line, Math.Min(position.Column, lastColumn));
        }

        internal static SourcePosition ToPosition(Mark mark) => new SourcePosition((int)mark.Line, (int)mark.Column);
    }
}
