using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Commons.Engine.Catalog
{
    /// <summary>A host found in a text, and the brick (or group) whose pattern it matches best.</summary>
    public readonly struct HostMatch
    {
        public HostMatch(int start, int length, string owner, HostPattern pattern)
        {
            Start = start;
            Length = length;
            Owner = owner;
            Pattern = pattern;
        }

        /// <summary>Where the host (and its path) starts in the text.</summary>
        public int Start { get; }

        public int Length { get; }

        /// <summary>The brick id whose signature matched.</summary>
        public string Owner { get; }

        public HostPattern Pattern { get; }
    }

    /// <summary>
    /// Finds the hosts of a catalog in a text: whole hosts only (never a substring of a longer name or word, never
    /// the domain of an e-mail address), each paired with its most specific pattern.
    /// </summary>
    public sealed class HostMatcher
    {
        private readonly (HostPattern Pattern, string Owner)[] _patterns;

        public HostMatcher(IEnumerable<(string Pattern, string Owner)> patterns)
        {
            var parsed = new List<(HostPattern, string)>();
            foreach (var (text, owner) in patterns)
            {
                if (HostPattern.TryParse(text, out var pattern))
                {
                    parsed.Add((pattern!, owner));
                }
            }

            _patterns = parsed.OrderByDescending(p => p.Item1.Specificity).ToArray();
        }

        public static HostMatcher For(BrickCatalog catalog) =>
            new HostMatcher(catalog.Bricks.SelectMany(b => b.Signatures.Hosts.Select(h => (h, b.Id))));

        public bool IsEmpty => _patterns.Length == 0;

        /// <summary>Every host of the catalog in the text, in order. Allocates only for what it finds.</summary>
        public IReadOnlyList<HostMatch> FindAll(string text)
        {
            List<HostMatch>? found = null;
            var position = 0;
            while (TryFindNext(text, ref position, out var match))
            {
                (found ??= new List<HostMatch>()).Add(match);
            }

            return (IReadOnlyList<HostMatch>?)found ?? new HostMatch[0];
        }

        /// <summary>The next host of the catalog from <paramref name="position"/> on, which it moves past.</summary>
        /// <remarks>
        /// The analyzers call this for every string literal of a compilation: compiled optimised at its first call
        /// (AggressiveOptimization, 512, which netstandard2.0 does not name; .NET Framework ignores it) rather than
        /// left unoptimised by a JIT the compiler keeps busy (see Commons.Analyzers.HotPath).
        /// </remarks>
        [MethodImpl((MethodImplOptions)512)]
        public bool TryFindNext(string text, ref int position, out HostMatch match)
        {
            var uncounted = default(UncountedSteps);
            return TryFindNext(text, ref position, out match, ref uncounted);
        }

        /// <summary>
        /// The search, one pass over the text: each character is visited a bounded number of times, whatever its shape.
        /// A host-shaped run is read once; the path after it is read once per call however many hosts it holds (the end
        /// of a path is the same for every host inside it: <c>a.b/a.b/a.b/…</c> does not read the rest again after
        /// each <c>a.b</c>); each pattern compares at most its own length. <typeparamref name="TSteps"/> counts that
        /// work for the tests; the shipped counter is an empty struct the JIT removes.
        /// </summary>
        [MethodImpl((MethodImplOptions)512)]
        internal bool TryFindNext<TSteps>(string text, ref int position, out HostMatch match, ref TSteps steps)
            where TSteps : struct, IStepCounter
        {
            match = default;
            if (_patterns.Length == 0 || text.IndexOf('.', position) < 0)
            {
                return false;
            }

            var knownPathEnd = -1; // where the path read last ends: any path starting before it ends there too
            while (position < text.Length)
            {
                steps.Add(1);
                var start = position;
                if (!IsHostChar(text[start]) || (start > 0 && (IsHostChar(text[start - 1]) || IsWordJoiner(text[start - 1]))))
                {
                    position++;
                    continue;
                }

                var end = start;
                while (end < text.Length && IsHostChar(text[end]))
                {
                    end++;
                }

                steps.Add(end - start);
                position = end;
                var hostEnd = end;
                while (hostEnd > start && text[hostEnd - 1] == '.')
                {
                    hostEnd--; // a sentence's full stop is not part of the host
                }

                if (end < text.Length && IsWordJoiner(text[end]))
                {
                    continue; // user@host, host_name: part of a longer word
                }

                var pathStart = SkipPort(text, end);
                steps.Add(pathStart - end);
                var pathEnd = pathStart;
                if (pathStart < text.Length && text[pathStart] == '/')
                {
                    if (pathStart < knownPathEnd)
                    {
                        pathEnd = knownPathEnd;
                    }
                    else
                    {
                        while (pathEnd < text.Length && !IsPathEnd(text[pathEnd]))
                        {
                            pathEnd++;
                        }

                        steps.Add(pathEnd - pathStart);
                        knownPathEnd = pathEnd;
                    }
                }

                // Every pattern has two labels or more and a concrete last one: a word without a dot is no host, and
                // a pattern whose last label differs is skipped by its length and a comparison, before any other work.
                var lastDot = hostEnd > start ? text.LastIndexOf('.', hostEnd - 1, hostEnd - start) : -1;
                steps.Add(lastDot < 0 ? hostEnd - start : hostEnd - lastDot);
                if (lastDot < 0)
                {
                    continue;
                }

                var lastLength = hostEnd - lastDot - 1;
                foreach (var (pattern, owner) in _patterns)
                {
                    steps.Add(1);
                    var last = pattern.LastLabel;
                    if (last.Length != lastLength || string.Compare(text, lastDot + 1, last, 0, lastLength, System.StringComparison.OrdinalIgnoreCase) != 0)
                    {
                        continue;
                    }

                    steps.Add(pattern.MostCharactersRead);
                    if (pattern.Matches(text, start, hostEnd - start, pathStart, pathEnd - pathStart))
                    {
                        match = new HostMatch(start, (pathEnd > pathStart ? pathEnd : hostEnd) - start, owner, pattern);
                        position = pathEnd > end ? pathEnd : end;
                        return true;
                    }
                }
            }

            return false;
        }

        private static int SkipPort(string text, int index)
        {
            if (index < text.Length && text[index] == ':')
            {
                var digits = index + 1;
                while (digits < text.Length && char.IsDigit(text[digits]))
                {
                    digits++;
                }

                return digits > index + 1 ? digits : index;
            }

            return index;
        }

        /// <summary>What the search counts: each character it reads and each pattern it tries.</summary>
        internal interface IStepCounter
        {
            void Add(int steps);
        }

        /// <summary>The shipped counter: counts nothing, and costs nothing once the JIT specialises the search for it.</summary>
        private struct UncountedSteps : IStepCounter
        {
            public void Add(int steps)
            {
            }
        }

        private static bool IsHostChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';

        private static bool IsWordJoiner(char c) => c == '@' || c == '_' || char.IsLetterOrDigit(c);

        private static bool IsPathEnd(char c) => char.IsWhiteSpace(c) || c == '"' || c == '\'' || c == '?' || c == '#' || c == '<' || c == '>' || c == '`';
    }
}
