using System.Collections.Generic;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The dotted path of the key a parser is under (<c>spring.mail.host</c>), followed through the mapping and sequence
    /// events of JSON and YAML: a sequence's items are under the sequence's key.
    /// </summary>
    internal sealed class KeyPath
    {
        /// <summary>Each open collection: a mapping or not, the path of its current key (or its own path), and whether a key comes next.</summary>
        private readonly Stack<(bool Mapping, string Path, bool ExpectsName)> _frames = new Stack<(bool, string, bool)>();

        /// <summary>The next scalar is a mapping's key, not a value.</summary>
        public bool ExpectsName => _frames.Count > 0 && _frames.Peek().Mapping && _frames.Peek().ExpectsName;

        /// <summary>The value read next is a mapping's, not a sequence item.</summary>
        public bool InMapping => _frames.Count > 0 && _frames.Peek().Mapping;

        /// <summary>The path of the value read next: computed once per key, not per value.</summary>
        public string Current => _frames.Count == 0 ? string.Empty : _frames.Peek().Path;

        /// <summary>A collection opens as the current key's value: its items are under that key.</summary>
        public void Open(bool mapping) => _frames.Push((mapping, Current, true));

        public void Close()
        {
            if (_frames.Count > 0)
            {
                _frames.Pop();
            }

            Value();
        }

        public void Name(string name)
        {
            if (_frames.Count > 0)
            {
                _frames.Pop();
                var parent = Current;
                _frames.Push((true, parent.Length == 0 ? name : parent + "." + name, false));
            }
        }

        /// <summary>A value (or a nested collection) was read: a mapping expects its next key.</summary>
        public void Value()
        {
            if (_frames.Count > 0 && _frames.Peek().Mapping)
            {
                var frame = _frames.Pop();
                _frames.Push((true, frame.Path, true));
            }
        }
    }
}
