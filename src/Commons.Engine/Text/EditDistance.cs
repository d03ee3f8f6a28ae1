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
            foreach (var candidate in candidates)
            {
                var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
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
        public static int Distance(string a, string b)
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
            var beforePrevious = new int[b.Length + 1];
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
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
    }
}
