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
        private static readonly Regex MarkPrefix = new Regex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

        /// <summary>The root node, or null when the text holds no usable document (the sink says why).</summary>
        public static Node? Read(string text, FindingSink sink, ReaderLimits limits)
        {
            if (ReportControlCharacters(text, sink) | ReportTabIndentation(text, sink))
            {
                return null;
            }

            text = BlankHarmlessTabs(text);

            var builder = new TreeBuilder(sink, limits);
            try
            {
                var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
                while (parser.MoveNext())
                {
                    if (!builder.Accept(parser.Current!))
                    {
                        break;
                    }
                }
            }
            catch (YamlException ex)
            {
                var message = MarkPrefix.Replace(ex.Message, string.Empty).TrimEnd('.');
                sink.Report(RecordRules.InvalidYaml, ToPosition(ex.Start), "CN0002_Syntax", message);
                return null;
            }

            return builder.Root;
        }

        internal static SourcePosition ToPosition(Mark mark) => new SourcePosition((int)mark.Line, (int)mark.Column);

        /// <summary>
        /// YAML forbids control characters outside tab and line breaks; the parser does not check, so a
        /// pasted NUL or escape would otherwise slip into a value unseen.
        /// </summary>
        private static bool ReportControlCharacters(string text, FindingSink sink)
        {
            var found = false;
            var line = 1;
            var column = 1;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    line++;
                    column = 1;
                    continue;
                }

                // C0 and C1 controls (but tab, line breaks and NEL), DEL, and the non-characters U+FFFE/U+FFFF.
                if ((c < ' ' && c != '\t' && c != '\r') || c == '\u007F' || (c >= '\u0080' && c <= '\u009F' && c != '\u0085') || c == '\uFFFE' || c == '\uFFFF')
                {
                    sink.Report(RecordRules.InvalidYaml, new SourcePosition(line, column), "CN0002_ControlCharacter", ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    found = true;
                }

                column++;
            }

            return found;
        }

        /// <summary>YAML indents with spaces only; a tab there is the classic invisible mistake, so say where it is.</summary>
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

        private static bool ReportTabIndentation(string text, FindingSink sink)
        {
            var found = false;
            var lines = text.Split('\n');
            for (var index = 0; index < lines.Length; index++)
            {
                var line = lines[index];
                var indentation = IndentationLength(line);

                // A tab before a comment or on a blank line is harmless YAML; before content it breaks the structure.
                var rest = line.Substring(indentation).TrimEnd('\r');
                var tab = line.IndexOf('\t', 0, indentation);
                if (tab >= 0 && rest.Length > 0 && rest[0] != '#')
                {
                    sink.Report(RecordRules.TabIndentation, new SourcePosition(index + 1, tab + 1), "CN0006");
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
                            _sink.Report(RecordRules.InvalidYaml, ToPosition(e.Start), "CN0002_MultipleDocuments");
                            return false;
                        }

                        return true;
                    case AnchorAlias alias:
                        _sink.Report(RecordRules.ForbiddenYamlFeature, ToPosition(alias.Start), "CN0004", _sink.Text("Feature_Alias", alias.Value.Value));
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
                    _sink.Report(RecordRules.LimitExceeded, container.Position, "CN0005_Depth", _limits.MaxDepth);
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
                    _sink.Report(RecordRules.LimitExceeded, node.Position, "CN0005_Nodes", _limits.MaxNodes);
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
                        _sink.Report(RecordRules.WrongType, node.Position, "CN0010_ComplexKey");
                    }

                    frame.PendingKeyInvalid = true;
                    return;
                }

                if (key.IsPlain && key.Value == "<<")
                {
                    _sink.Report(RecordRules.ForbiddenYamlFeature, key.Position, "CN0004", _sink.Text("Feature_MergeKey"));
                    frame.PendingKeyInvalid = true;
                    return;
                }

                if (frame.SeenKeys.TryGetValue(key.Value, out var first))
                {
                    _sink.Report(RecordRules.DuplicateKey, key.Position, "CN0007", key.Value, first.Position.Line);
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
                    _sink.Report(RecordRules.ForbiddenYamlFeature, ToPosition(e.Start), "CN0004", _sink.Text("Feature_Anchor", e.Anchor.Value));
                }

                if (!e.Tag.IsEmpty)
                {
                    _sink.Report(RecordRules.ForbiddenYamlFeature, ToPosition(e.Start), "CN0004", _sink.Text("Feature_Tag", e.Tag.Value));
                }
            }
        }
    }
}
