using System;
using System.Collections.Generic;

namespace Commons.Cli.Scan
{
    /// <summary>Turns an offset in a text into the 1-based line and column an editor shows.</summary>
    internal sealed class LineMap
    {
        private readonly List<int> _starts = new List<int> { 0 };

        public LineMap(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(int offset)
        {
            var index = _starts.BinarySearch(offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            index = Math.Max(0, index);
            return (index + 1, offset - _starts[index] + 1);
        }

        /// <summary>The offset of a 1-based line and column (what XML and YAML readers report).</summary>
        public int Offset(int line, int column) =>
            line < 1 ? 0 : line > _starts.Count ? _starts[_starts.Count - 1] : _starts[line - 1] + Math.Max(0, column - 1);
    }
}
