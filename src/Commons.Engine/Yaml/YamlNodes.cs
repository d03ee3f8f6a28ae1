using System.Collections.Generic;
using Commons.Engine.Findings;

namespace Commons.Engine.Yaml
{
    /// <summary>
    /// A YAML node that remembers where it was written. The record reader builds these from parser events
    /// so that every key and value keeps its line and column, and duplicate keys are all kept.
    /// </summary>
    public abstract class Node
    {
        protected Node(SourcePosition position)
        {
            Position = position;
        }

        public SourcePosition Position { get; }

        /// <summary>The word a message uses for this kind of node ("text", "mapping", "list").</summary>
        public abstract string KindName { get; }
    }

    public sealed class ScalarNode : Node
    {
        public ScalarNode(string value, bool isPlain, SourcePosition position)
            : base(position)
        {
            Value = value;
            IsPlain = isPlain;
        }

        public string Value { get; }

        /// <summary>True when written without quotes: only then can it be a boolean, a number or null.</summary>
        public bool IsPlain { get; }

        /// <summary>An unquoted <c>~</c>, <c>null</c> or nothing at all.</summary>
        public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        public override string KindName => "scalar";
    }

    public sealed class MappingEntry
    {
        public MappingEntry(ScalarNode key, Node value)
        {
            Key = key;
            Value = value;
        }

        public ScalarNode Key { get; }

        public Node Value { get; }
    }

    public sealed class MappingNode : Node
    {
        private readonly List<MappingEntry> _entries = new List<MappingEntry>();

        public MappingNode(SourcePosition position)
            : base(position)
        {
        }

        /// <summary>Every entry in written order, duplicates included (the reader reports them).</summary>
        public IReadOnlyList<MappingEntry> Entries => _entries;

        public override string KindName => "mapping";

        internal void Add(MappingEntry entry) => _entries.Add(entry);

        /// <summary>The first entry with this key, or null.</summary>
        public MappingEntry? Find(string key)
        {
            foreach (var entry in _entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry;
                }
            }

            return null;
        }
    }

    public sealed class SequenceNode : Node
    {
        private readonly List<Node> _items = new List<Node>();

        public SequenceNode(SourcePosition position)
            : base(position)
        {
        }

        public IReadOnlyList<Node> Items => _items;

        public override string KindName => "sequence";

        internal void Add(Node item) => _items.Add(item);
    }
}
