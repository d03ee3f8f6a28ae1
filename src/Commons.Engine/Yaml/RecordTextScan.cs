using System;
using System.Collections.Generic;
using Commons.Engine.Findings;
using static Commons.Engine.Yaml.RecordYamlReader;

namespace Commons.Engine.Yaml
{
    /// <summary>
    /// The checks made on a record's text before the parser sees it: what YAML forbids and YamlDotNet lets through
    /// (control characters, tabs in indentation) and what would make it work too hard (flow nesting past the limit).
    /// Positions are counted as the parser counts lines, so they agree with its own.
    /// </summary>
    internal static class RecordTextScan
    {
        /// <summary>The first control characters are reported; past this many, the file is not text anyway.</summary>
        internal const int MaxReportedControlCharacters = 100;

        /// <summary>
        /// True when the character at <paramref name="i"/> ends a line as YamlDotNet counts lines (LF, CR not
        /// followed by LF, NEL, LS, PS), so positions found by scanning the text agree with the parser's.
        /// </summary>
        private static bool EndsLine(string text, int i)
        {
            var c = text[i];
            return c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }

        /// <summary>The lines of the text, split where the parser counts a line break (see <see cref="EndsLine"/>).</summary>
        private static List<string> SplitLines(string text)
        {
            var lines = new List<string>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (EndsLine(text, i))
                {
                    lines.Add(text.Substring(start, i - start));
                    start = i + 1;
                }
            }

            lines.Add(text.Substring(start));
            return lines;
        }


        /// <summary>
        /// YAML forbids control characters outside tab and line breaks; the parser does not check, so a
        /// pasted NUL or escape would otherwise slip into a value unseen.
        /// </summary>
        internal static bool ReportControlCharacters(string text, FindingSink sink)
        {
            var found = false;
            var reported = 0;
            var line = 1;
            var column = 1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (EndsLine(text, i))
                {
                    line++;
                    column = 1;
                    continue;
                }

                // C0 and C1 controls (but tab, line breaks and NEL), DEL, and the non-characters U+FFFE/U+FFFF.
                if ((c < ' ' && c != '\t' && c != '\r') || c == '\u007F' || (c >= '\u0080' && c <= '\u009F' && c != '\u0085') || c == '\uFFFE' || c == '\uFFFF')
                {
                    sink.ReportVariant(RecordRules.InvalidYaml, new SourcePosition(line, column), "ControlCharacter", ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    found = true;
                    if (++reported == MaxReportedControlCharacters)
                    {
                        // A binary file would otherwise give a finding per byte (a million take seconds to print).
                        break;
                    }
                }

                column++;
            }

            return found;
        }

        /// <summary>
        /// YamlDotNet's scanner takes quadratic time in the nesting of flow collections (it revisits every open
        /// "[" or "{" at each token: 100,000 brackets take minutes), so the depth limit must hold before parsing.
        /// Counts brackets outside quoted scalars and comments; brackets inside plain scalars count too, which
        /// only matters past the limit, where the record is refused anyway.
        /// </summary>
        internal static bool ReportDeepFlowNesting(string text, FindingSink sink, ReaderLimits limits)
        {
            var depth = 0;
            var line = 1;
            var column = 0;
            var previous = '\n';
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                column++;
                if (EndsLine(text, i))
                {
                    line++;
                    column = 0;
                    previous = '\n';
                    continue;
                }

                if (c == '#' && (previous == '\n' || previous == ' ' || previous == '\t'))
                {
                    while (i + 1 < text.Length && !EndsLine(text, i + 1))
                    {
                        i++;
                    }

                    continue;
                }

                if ((c == '"' || c == '\'') && (previous == '\n' || previous == ' ' || previous == '\t' || previous == ':' || previous == ',' || previous == '[' || previous == '{' || previous == '-' || previous == '?'))
                {
                    // Skip the quoted scalar, counting its line breaks.
                    for (i++, column++; i < text.Length; i++, column++)
                    {
                        if (text[i] == c)
                        {
                            if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                            {
                                // '' is a quote inside a single-quoted scalar.
                                i++;
                                column++;
                                continue;
                            }

                            break;
                        }

                        if (c == '"' && text[i] == '\\')
                        {
                            i++;
                            column++;
                            if (i >= text.Length)
                            {
                                break;
                            }
                        }

                        if (EndsLine(text, i))
                        {
                            line++;
                            column = 0;
                        }
                    }

                    previous = c;
                    continue;
                }

                if (c == '[' || c == '{')
                {
                    if (++depth > limits.MaxDepth)
                    {
                        sink.ReportVariant(RecordRules.LimitExceeded, new SourcePosition(line, column), "Depth", limits.MaxDepth);
                        return true;
                    }
                }
                else if ((c == ']' || c == '}') && depth > 0)
                {
                    depth--;
                }

                if (c != ' ' && c != '\t' && c != '\r')
                {
                    previous = c;
                }
                else if (c == ' ' || c == '\t')
                {
                    previous = ' ';
                }
            }

            return false;
        }

        /// <summary>
        /// A tab before a comment or on a blank line carries no structure, but the parser refuses it; a space
        /// in its place keeps every line and column where it was.
        /// </summary>
        internal static string BlankHarmlessTabs(string text)
        {
            if (text.IndexOf('\t') < 0)
            {
                return text;
            }

            var lines = text.Split('\n');
            for (var index = 0; index < lines.Length; index++)
            {
                var line = lines[index];
                var indentation = IndentationLength(line);

                lines[index] = line.Substring(0, indentation).Replace('\t', ' ') + line.Substring(indentation);
            }

            return string.Join("\n", lines);
        }

        /// <summary>How many leading spaces and tabs the line has.</summary>
        private static int IndentationLength(string line)
        {
            var length = 0;
            while (length < line.Length && (line[length] == ' ' || line[length] == '\t'))
            {
                length++;
            }

            return length;
        }

        /// <summary>YAML indents with spaces only; a tab there is the classic invisible mistake, so say where it is.</summary>
        internal static bool ReportTabIndentation(string text, FindingSink sink)
        {
            var found = false;
            var lines = SplitLines(text);
            for (var index = 0; index < lines.Count; index++)
            {
                var line = lines[index];
                var indentation = IndentationLength(line);

                // A tab before a comment or on a blank line is harmless YAML; before content it breaks the structure.
                var rest = line.Substring(indentation).TrimEnd('\r');
                var tab = line.IndexOf('\t', 0, indentation);
                if (tab >= 0 && rest.Length > 0 && rest[0] != '#')
                {
                    sink.Report(RecordRules.TabIndentation, new SourcePosition(index + 1, tab + 1));
                    found = true;
                }
            }

            return found;
        }
    }
}
