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
                var distance = Levenshtein(word.ToLowerInvariant(), candidate.ToLowerInvariant());
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

        public static int Levenshtein(string a, string b)
        {
            if (a.Length == 0)
            {
                return b.Length;
            }

            if (b.Length == 0)
            {
                return a.Length;
            }

            // Two rows are enough: the words compared here are keys of a few dozen characters.
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
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
