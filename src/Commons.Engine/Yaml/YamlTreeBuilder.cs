using System;
using System.Collections.Generic;
using Commons.Engine.Findings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using static Commons.Engine.Yaml.RecordYamlReader;

namespace Commons.Engine.Yaml
{
    /// <summary>
    /// Builds a positioned tree from YamlDotNet's parser events. Working on events (not on the representation model
    /// or a deserializer) is what lets us keep every duplicate key, refuse anchors and aliases before anything is
    /// expanded, and bound depth and size as we go.
    /// </summary>
    internal sealed class YamlTreeBuilder
    {
        private readonly FindingSink _sink;
        private readonly ReaderLimits _limits;
        private readonly Stack<Frame> _stack = new Stack<Frame>();
        private int _documents;
        private int _nodes;
        private int _skipDepth;
        private SourcePosition _skipStart;

        public YamlTreeBuilder(FindingSink sink, ReaderLimits limits)
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
    }
}
