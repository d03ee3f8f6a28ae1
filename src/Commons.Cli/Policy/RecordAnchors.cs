using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Commons.Engine.Findings;
using Commons.Engine.Yaml;

namespace Commons.Cli.Policy
{
    /// <summary>
    /// The record path a finding of commons-decision.yml is about (<c>front-usager.besoins</c>, <c>briques.ged</c>): the
    /// last key at or before the finding's position. A finding keeps its path when a proposal moves it to another line
    /// of the same entry (another need of the list), so the diff does not take the move for a change.
    /// </summary>
    internal sealed class RecordAnchors
    {
        private static readonly RecordAnchors None = new RecordAnchors(new List<(int Line, int Column, string Path)>());

        private readonly List<(int Line, int Column, string Path)> _keys;

        private RecordAnchors(List<(int Line, int Column, string Path)> keys)
        {
            _keys = keys;
        }

        /// <summary>The keys of the record at <paramref name="path"/>; none when it is missing, too large or not YAML (its findings then match on the rule alone).</summary>
        public static RecordAnchors Of(string path)
        {
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists || info.Length > ReaderLimits.Default.MaxBytes)
                {
                    return None;
                }

                var root = RecordYamlReader.Read(File.ReadAllText(path), new FindingSink(path, CultureInfo.InvariantCulture), ReaderLimits.Default);
                var keys = new List<(int Line, int Column, string Path)>();
                Collect(root, string.Empty, keys);
                keys.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
                return new RecordAnchors(keys);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return None;
            }
        }

        /// <summary>The path of the last key at or before the position; empty before the first key (the file as a whole).</summary>
        public string At(int line, int column)
        {
            var low = 0;
            var high = _keys.Count - 1;
            var found = -1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                var key = _keys[middle];
                if (key.Line < line || (key.Line == line && key.Column <= column))
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return found < 0 ? string.Empty : _keys[found].Path;
        }

        private static void Collect(Node? node, string prefix, List<(int Line, int Column, string Path)> keys)
        {
            switch (node)
            {
                case MappingNode mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        var path = prefix.Length == 0 ? entry.Key.Value : prefix + "." + entry.Key.Value;
                        keys.Add((entry.Key.Position.Line, entry.Key.Position.Column, path));
                        Collect(entry.Value, path, keys);
                    }

                    break;
                case SequenceNode sequence:
                    foreach (var item in sequence.Items)
                    {
                        Collect(item, prefix, keys); // a list's items belong to the list's key
                    }

                    break;
            }
        }
    }
}
