using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Commons.Engine.Findings;
using Commons.Engine.Text;
using Commons.Engine.Yaml;

namespace Commons.Engine.Record
{
    /// <summary>
    /// Reads one mapping of the record with its expected keys, reporting unknown keys, wrong types and
    /// values outside a list, each at its own line and column. A missing key is reported at
    /// <see cref="Anchor"/>: the key of the section that lacks it.
    /// </summary>
    internal sealed class MappingReader
    {
        private readonly FindingSink _sink;

        public MappingReader(FindingSink sink, MappingNode node, string path, SourcePosition anchor, IReadOnlyList<string> knownKeys)
        {
            _sink = sink;
            Node = node;
            Path = path;
            Anchor = anchor;
            foreach (var entry in node.Entries)
            {
                if (!knownKeys.Contains(entry.Key.Value))
                {
                    ReportUnknown(entry.Key, knownKeys);
                }
            }
        }

        public MappingNode Node { get; }

        /// <summary>Where this mapping sits, for messages: <c>front-usager</c>, <c>briques.ged</c>.</summary>
        public string Path { get; }

        public SourcePosition Anchor { get; }

        public bool Has(string key) => Node.Find(key) != null;

        /// <summary>True when the key is absent, or written with no value (<c>key:</c>, <c>key: ~</c>, <c>key: ""</c>).</summary>
        public bool IsAbsentOrEmpty(string key)
        {
            var entry = Node.Find(key);
            return entry == null || (entry.Value is ScalarNode scalar && (scalar.IsNull || scalar.Value.Trim().Length == 0));
        }

        public MappingEntry? Entry(string key) => Node.Find(key);

        public string FieldPath(string key) => Path.Length == 0 ? key : Path + "." + key;

        /// <summary>A scalar value; null when absent, null-valued or of another kind (reported).</summary>
        public ScalarNode? Scalar(string key)
        {
            var entry = Node.Find(key);
            if (entry == null || entry.Value is InvalidNode)
            {
                return null;
            }

            if (entry.Value is ScalarNode scalar)
            {
                return scalar.IsNull ? null : scalar;
            }

            ReportWrongType(key, entry.Value, "Kind_Text");
            return null;
        }

        /// <summary>A non-empty text value; an empty one counts as absent.</summary>
        public ScalarNode? Text(string key)
        {
            var scalar = Scalar(key);
            return scalar == null || scalar.Value.Trim().Length == 0 ? null : scalar;
        }

        public ScalarNode? Enum(string key, IReadOnlyList<string> allowed)
        {
            var scalar = Scalar(key);
            if (scalar == null)
            {
                return null;
            }

            return CheckAllowed(scalar, FieldPath(key), allowed) ? scalar : null;
        }

        /// <summary>Strict booleans: <c>true</c> or <c>false</c>, unquoted. YAML 1.1's yes/no/on/off are refused.</summary>
        public bool? Bool(string key)
        {
            var scalar = Scalar(key);
            if (scalar == null)
            {
                return null;
            }

            if (scalar.IsPlain && scalar.Value == "true")
            {
                return true;
            }

            if (scalar.IsPlain && scalar.Value == "false")
            {
                return false;
            }

            _sink.ReportVariant(RecordRules.WrongType, scalar.Position, "Boolean", FieldPath(key), scalar.Value);
            return null;
        }

        /// <summary>A calendar date written <c>YYYY-MM-DD</c>.</summary>
        public DateTime? Date(string key)
        {
            var scalar = Scalar(key);
            if (scalar == null)
            {
                return null;
            }

            if (DateTime.TryParseExact(scalar.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            _sink.Report(RecordRules.InvalidDate, scalar.Position, FieldPath(key), scalar.Value);
            return null;
        }

        public MappingNode? Mapping(string key)
        {
            var entry = Node.Find(key);
            if (entry == null || entry.Value is InvalidNode || (entry.Value is ScalarNode s && s.IsNull))
            {
                return null;
            }

            if (entry.Value is MappingNode mapping)
            {
                return mapping;
            }

            ReportWrongType(key, entry.Value, "Kind_Mapping");
            return null;
        }

        /// <summary>A list of words from <paramref name="allowed"/>; values outside it are reported and left out.</summary>
        public IReadOnlyList<ScalarNode> EnumList(string key, IReadOnlyList<string> allowed)
        {
            var result = new List<ScalarNode>();
            var entry = Node.Find(key);
            if (entry == null || entry.Value is InvalidNode || (entry.Value is ScalarNode s && s.IsNull))
            {
                return result;
            }

            if (!(entry.Value is SequenceNode sequence))
            {
                ReportWrongType(key, entry.Value, "Kind_List");
                return result;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in sequence.Items)
            {
                if (item is InvalidNode)
                {
                    continue;
                }

                if (!(item is ScalarNode scalar) || scalar.IsNull)
                {
                    _sink.Report(RecordRules.WrongType, item.Position, FieldPath(key) + "[]", _sink.Text("Kind_Text"), Describe(item));
                    continue;
                }

                if (!CheckAllowed(scalar, FieldPath(key), allowed))
                {
                    continue;
                }

                if (seen.Add(scalar.Value))
                {
                    result.Add(scalar);
                }
                else
                {
                    _sink.ReportVariant(RecordRules.DuplicateKey, scalar.Position, "ListItem", scalar.Value, FieldPath(key));
                }
            }

            return result;
        }

        /// <summary>Reports a required key that is absent (or empty) at the section's anchor, with a hint saying why it is required.</summary>
        public void ReportMissing(string key, string hint)
        {
            _sink.Report(RecordRules.RequiredMissing, Anchor, FieldPath(key), hint);
        }

        public void ReportWrongType(string key, Node actual, string expectedKindKey)
        {
            _sink.Report(RecordRules.WrongType, actual.Position, FieldPath(key), _sink.Text(expectedKindKey), Describe(actual));
        }

        private bool CheckAllowed(ScalarNode scalar, string field, IReadOnlyList<string> allowed)
        {
            if (allowed.Contains(scalar.Value))
            {
                return true;
            }

            var suggestion = EditDistance.ClosestMatch(scalar.Value, allowed);
            _sink.Report(RecordRules.ValueNotAllowed, scalar.Position, scalar.Value, field, DidYouMean(suggestion), string.Join(", ", allowed));
            return false;
        }

        private void ReportUnknown(ScalarNode key, IReadOnlyList<string> knownKeys)
        {
            var where = Path.Length == 0 ? _sink.Text("Where_Root") : _sink.Text("Quoted", Path);
            var suggestion = EditDistance.ClosestMatch(key.Value, knownKeys);
            _sink.Report(RecordRules.UnknownKey, key.Position, key.Value, where, DidYouMean(suggestion), string.Join(", ", knownKeys));
        }

        private string DidYouMean(string? suggestion) => suggestion == null ? string.Empty : _sink.Text("DidYouMean", suggestion);

        private string Describe(Node node)
        {
            switch (node)
            {
                case MappingNode _:
                    return _sink.Text("Kind_Mapping");
                case SequenceNode _:
                    return _sink.Text("Kind_List");
                case ScalarNode scalar when scalar.IsNull:
                    return _sink.Text("Kind_Empty");
                case ScalarNode scalar:
                    return _sink.Text("Quoted", scalar.Value);
                default:
                    return node.KindName;
            }
        }
    }
}
