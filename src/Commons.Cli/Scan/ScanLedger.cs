using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// What the scanners of one repository read and what they left out, and why: the report's "languages found,
    /// files read, files skipped" of each repository. Scanners run in parallel, so every list is concurrent.
    /// </summary>
    internal sealed class ScanLedger
    {
        private const int MaxReasonLength = 300;

        /// <summary>Each file with every language or format it was read as (a pom.xml is XML and a Maven manifest).</summary>
        private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> _read = new ConcurrentDictionary<string, ConcurrentDictionary<string, bool>>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string> _skipped = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        /// <summary>A file read whole, in a language (C#, JavaScript, Python…) or a format (JSON, YAML…).</summary>
        public void Read(string displayPath, string language) =>
            _read.GetOrAdd(displayPath, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal)).TryAdd(language, true);

        /// <summary>A file left out, with the reason in words (too large, binary, invalid XML at line 3…).</summary>
        public void Skip(string displayPath, string reason)
        {
            // A parser's message can quote the whole input (XML lists every unclosed element): the reason is a line.
            _skipped[displayPath] = reason.Length <= MaxReasonLength ? reason : reason.Substring(0, MaxReasonLength) + "…";
            _read.TryRemove(displayPath, out _);
        }

        public int FilesRead => _read.Count;

        /// <summary>The languages and formats of the files read, in name order.</summary>
        public IReadOnlyList<string> Languages => CountByLanguage.Keys.ToList();

        /// <summary>Files read per language or format, in name order (a file read as two counts under each).</summary>
        public IReadOnlyDictionary<string, int> CountByLanguage =>
            _read.SelectMany(r => r.Value.Keys).GroupBy(l => l).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

        public IReadOnlyList<KeyValuePair<string, string>> Skipped => _skipped.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
    }
}
