using System;
using System.Collections.Generic;

namespace Commons.Engine.Text
{
    /// <summary>"Did you mean …": the known word closest to a misspelt one, when it is close enough.</summary>
    public static class EditDistance
    {
        public static string? ClosestMatch(string word, IEnumerable<string> candidates)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            var lowerWord = word.ToLowerInvariant();

            // One set of rows for the whole lookup: a large record asks this for hundreds of unknown keys, each
            // against a dozen candidates, and rows per candidate were most of what a validation allocated.
            var rows = new Rows();
            foreach (var candidate in candidates)
            {
                var distance = Distance(lowerWord, candidate.ToLowerInvariant(), rows);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = candidate;
                }
            }

            // Allow about one typo per three characters, at least one, at most three.
            var allowed = Math.Max(1, Math.Min(3, word.Length / 3));
            return bestDistance <= allowed ? best : null;
        }

        /// <summary>
        /// Edit distance where swapping two neighbouring letters counts as one edit (optimal string
        /// alignment): "nri" is one typo away from "nir", as a person would count it.
        /// </summary>
        public static int Distance(string a, string b) => Distance(a, b, new Rows());

        private static int Distance(string a, string b, Rows rows)
        {
            if (a.Length == 0)
            {
                return b.Length;
            }

            if (b.Length == 0)
            {
                return a.Length;
            }

            // Three rows are enough: the words compared here are keys of a few dozen characters.
            rows.EnsureLength(b.Length + 1);
            var beforePrevious = rows.First;
            var previous = rows.Second;
            var current = rows.Third;
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var best = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        // Read only at i > 1, where it holds row i - 2 (written two turns before).
                        best = Math.Min(best, beforePrevious[j - 2] + 1);
                    }

                    current[j] = best;
                }

                var recycled = beforePrevious;
                beforePrevious = previous;
                previous = current;
                current = recycled;
            }

            return previous[b.Length];
        }

        /// <summary>
        /// The three rows of <see cref="Distance(string, string, Rows)"/>, reused from one candidate to the next and
        /// grown only for a longer one. Stale values beyond the current word's length are never read: each row is
        /// written from index 0 up to b.Length before it is read.
        /// </summary>
        private sealed class Rows
        {
            public int[] First { get; private set; } = new int[0];

            public int[] Second { get; private set; } = new int[0];

            public int[] Third { get; private set; } = new int[0];

            public void EnsureLength(int length)
            {
                if (First.Length >= length)
                {
                    return;
                }

                // Room for somewhat longer candidates too, so a list of growing keys does not reallocate at each.
                var size = Math.Max(length, 32);
                First = new int[size];
                Second = new int[size];
                Third = new int[size];
            }
        }
    }
}
