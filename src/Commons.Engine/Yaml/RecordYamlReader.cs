using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Commons.Engine.Findings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Commons.Engine.Yaml
{
    /// <summary>
    /// Builds a positioned tree from YamlDotNet's parser events. Working on events (not on the
    /// representation model or a deserializer) is what lets us keep every duplicate key, refuse
    /// anchors and aliases before anything is expanded, and bound depth and size as we go.
    /// </summary>
    public static class RecordYamlReader
    {
        /// <summary>The first control characters are reported; past this many, the file is not text anyway.</summary>
        internal const int MaxReportedControlCharacters = 100;

        private static readonly Regex MarkPrefix = new Regex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

        /// <summary>The root node, or null when the text holds no usable document (the sink says why).</summary>
        public static Node? Read(string text, FindingSink sink, ReaderLimits limits)
        {
            if (ReportControlCharacters(text, sink) | ReportTabIndentation(text, sink) || ReportDeepFlowNesting(text, sink, limits))
            {
                return null;
            }

            text = BlankHarmlessTabs(text);

            var builder = new TreeBuilder(sink, limits);
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

        internal static SourcePosition ToPosition(Mark mark) => new SourcePosition((int)mark.Line, (int)mark.Column);

        /// <summary>
        /// YAML forbids control characters outside tab and line breaks; the parser does not check, so a
        /// pasted NUL or escape would otherwise slip into a value unseen.
        /// </summary>
        private static bool ReportControlCharacters(string text, FindingSink sink)
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
        private static bool ReportDeepFlowNesting(string text, FindingSink sink, ReaderLimits limits)
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
        private static string BlankHarmlessTabs(string text)
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
        private static bool ReportTabIndentation(string text, FindingSink sink)
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

        private sealed class Frame
        {
            public Frame(Node container)
            {
                Container = container;
            }

            public Node Container { get; }

            public ScalarNode? PendingKey { get; set; }

            public bool PendingKeyInvalid { get; set; }

            public Dictionary<string, ScalarNode> SeenKeys { get; } = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        }

        private sealed class TreeBuilder
        {
            private readonly FindingSink _sink;
            private readonly ReaderLimits _limits;
            private readonly Stack<Frame> _stack = new Stack<Frame>();
            private int _documents;
            private int _nodes;
            private int _skipDepth;
            private SourcePosition _skipStart;

            public TreeBuilder(FindingSink sink, ReaderLimits limits)
            {
                _sink = sink;
                _limits = limits;
            }

            public Node? Root { get; private set; }

            /// <summary>Takes one event; false stops the reading (the sink says why).</summary>
            public bool Accept(ParsingEvent e)
            {
                if (_skipDepth > 0)
                {
                    SkipTooDeep(e);
                    return true;
                }

                switch (e)
                {
                    case DocumentStart _:
                        if (++_documents > 1)
                        {
                            _sink.ReportVariant(RecordRules.InvalidYaml, ToPosition(e.Start), "MultipleDocuments");
                            return false;
                        }

                        return true;
                    case AnchorAlias alias:
                        _sink.Report(RecordRules.ForbiddenYamlFeature, ToPosition(alias.Start), _sink.Text("Feature_Alias", alias.Value.Value));
                        return Add(new InvalidNode(ToPosition(alias.Start)));
                    case Scalar scalar:
                        CheckAnchorAndTag(scalar);
                        return Add(new ScalarNode(scalar.Value, scalar.Style == ScalarStyle.Plain, ToPosition(scalar.Start)));
                    case MappingStart mapping:
                        CheckAnchorAndTag(mapping);
                        return Open(new MappingNode(ToPosition(mapping.Start)));
                    case SequenceStart sequence:
                        CheckAnchorAndTag(sequence);
                        return Open(new SequenceNode(ToPosition(sequence.Start)));
                    case MappingEnd _:
                    case SequenceEnd _:
                        return Add(_stack.Pop().Container);
                    default:
                        return true;
                }
            }

            private bool Open(Node container)
            {
                if (_stack.Count + 1 > _limits.MaxDepth)
                {
                    _sink.ReportVariant(RecordRules.LimitExceeded, container.Position, "Depth", _limits.MaxDepth);
                    _skipDepth = 1;
                    _skipStart = container.Position;
                    return true;
                }

                if (!CountNode(container))
                {
                    return false;
                }

                _stack.Push(new Frame(container));
                return true;
            }

            private void SkipTooDeep(ParsingEvent e)
            {
                if (e is MappingStart || e is SequenceStart)
                {
                    _skipDepth++;
                }
                else if (e is MappingEnd || e is SequenceEnd)
                {
                    if (--_skipDepth == 0)
                    {
                        Add(new InvalidNode(_skipStart));
                    }
                }
            }

            private bool CountNode(Node node)
            {
                if (++_nodes == _limits.MaxNodes + 1)
                {
                    _sink.ReportVariant(RecordRules.LimitExceeded, node.Position, "Nodes", _limits.MaxNodes);
                    return false;
                }

                return true;
            }

            private bool Add(Node node)
            {
                if (!(node is MappingNode) && !(node is SequenceNode) && !CountNode(node))
                {
                    return false;
                }

                if (_stack.Count == 0)
                {
                    Root = node;
                    return true;
                }

                var frame = _stack.Peek();
                if (frame.Container is SequenceNode sequence)
                {
                    sequence.Add(node);
                    return true;
                }

                var mapping = (MappingNode)frame.Container;
                if (frame.PendingKey == null && !frame.PendingKeyInvalid)
                {
                    AcceptKey(frame, node);
                    return true;
                }

                if (frame.PendingKey != null)
                {
                    mapping.Add(new MappingEntry(frame.PendingKey, node));
                }

                frame.PendingKey = null;
                frame.PendingKeyInvalid = false;
                return true;
            }

            private void AcceptKey(Frame frame, Node node)
            {
                if (!(node is ScalarNode key))
                {
                    if (!(node is InvalidNode))
                    {
                        _sink.ReportVariant(RecordRules.WrongType, node.Position, "ComplexKey");
                    }

                    frame.PendingKeyInvalid = true;
                    return;
                }

                if (key.IsPlain && key.Value == "<<")
                {
                    _sink.Report(RecordRules.ForbiddenYamlFeature, key.Position, _sink.Text("Feature_MergeKey"));
                    frame.PendingKeyInvalid = true;
                    return;
                }

                if (frame.SeenKeys.TryGetValue(key.Value, out var first))
                {
                    _sink.Report(RecordRules.DuplicateKey, key.Position, key.Value, first.Position.Line);
                }
                else
                {
                    frame.SeenKeys.Add(key.Value, key);
                }

                frame.PendingKey = key;
            }

            private void CheckAnchorAndTag(NodeEvent e)
            {
                if (!e.Anchor.IsEmpty)
                {
                    _sink.Report(RecordRules.ForbiddenYamlFeature, ToPosition(e.Start), _sink.Text("Feature_Anchor", e.Anchor.Value));
                }

                if (!e.Tag.IsEmpty)
                {
                    _sink.Report(RecordRules.ForbiddenYamlFeature, ToPosition(e.Start), _sink.Text("Feature_Tag", e.Tag.Value));
                }
            }
        }
    }
}
