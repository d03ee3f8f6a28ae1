using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Where a selected file's keys stand (<see cref="CSharpPrefilter.BlocksOf"/>): a block of code (a member's body and
    /// signature, an initialiser, an attribute) is bound only when one starts inside it. The pre-filter's reasoning,
    /// one level down: every signature an operation can match is written in the block that holds the operation (a
    /// created or called type, a called member, a host's label, a <c>new()</c> whose type its target declares). A
    /// controller of thirty actions with one call to an SMTP client binds one action, not thirty.
    /// </summary>
    internal sealed class KeyedBlocks
    {
        /// <summary>Every block of the file (a key in a using directive, or the filter turned off).</summary>
        public static readonly KeyedBlocks Every = new KeyedBlocks(null, new List<TextSpan>());

        private readonly int[]? _positions;
        private readonly TextSpan[] _everyBlockWithin;

        /// <param name="positions">Where keys start; null for every block.</param>
        /// <param name="everyBlockWithin">Spans whose every block is bound (a type deriving from a catalog type).</param>
        public KeyedBlocks(List<int>? positions, List<TextSpan> everyBlockWithin)
        {
            if (positions != null)
            {
                positions.Sort();
                _positions = positions.ToArray();
            }

            _everyBlockWithin = Disjoint(everyBlockWithin);
        }

        /// <summary>True when a key starts inside the block's span.</summary>
        public bool Holds(SyntaxNode block)
        {
            var span = block.Span;
            if (_positions == null || WithinEveryBlockSpan(span))
            {
                return true;
            }

            // The first key at or after the block's start, then whether it starts before the block's end.
            var index = Array.BinarySearch(_positions, span.Start);
            if (index < 0)
            {
                index = ~index;
            }

            return index < _positions.Length && _positions[index] < span.End;
        }

        /// <summary>The last merged span starting at or before the block's start holds it, or none does: a binary search.</summary>
        private bool WithinEveryBlockSpan(TextSpan block)
        {
            int low = 0, high = _everyBlockWithin.Length - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (_everyBlockWithin[middle].Start <= block.Start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return high >= 0 && _everyBlockWithin[high].Contains(block);
        }

        /// <summary>Nested and overlapping spans (a nested type inside its deriving container) merged, in order.</summary>
        private static TextSpan[] Disjoint(List<TextSpan> spans)
        {
            var merged = new List<TextSpan>();
            foreach (var span in spans.OrderBy(s => s.Start))
            {
                if (merged.Count > 0 && span.Start <= merged[merged.Count - 1].End)
                {
                    var last = merged[merged.Count - 1];
                    merged[merged.Count - 1] = TextSpan.FromBounds(last.Start, Math.Max(last.End, span.End));
                }
                else
                {
                    merged.Add(span);
                }
            }

            return merged.ToArray();
        }
    }
}
