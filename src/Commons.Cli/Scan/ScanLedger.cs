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
        private readonly ConcurrentDictionary<string, (SkipStage Stage, string Reason)> _skipped = new ConcurrentDictionary<string, (SkipStage, string)>(StringComparer.Ordinal);

        /// <summary>The folders a reason must not show (a parser's or the file system's message may quote a full path).</summary>
        private readonly string[] _machineFolders;

        /// <param name="machineFolders">The repository's root and the scanned PATH, as this machine spells them.</param>
        public ScanLedger(params string[] machineFolders)
        {
            // The longest first, so the repository's root goes before the PATH that holds it.
            _machineFolders = machineFolders.Where(f => f.Length > 1).OrderByDescending(f => f.Length).ToArray();
        }

        /// <summary>A file read whole, in a language (C#, JavaScript, Python…) or a format (JSON, YAML…).</summary>
        public void Read(string displayPath, string language) =>
            _read.GetOrAdd(displayPath, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal)).TryAdd(language, true);

        /// <summary>
        /// A file left out, with the reason in words (too large, binary, invalid XML at line 3…). Two readers may skip
        /// the same file for different reasons, in any order: the file keeps one, the earliest stage's, then the first
        /// in ordinal order, so every run reports the same. A file skipped by any reader is not counted as read.
        /// </summary>
        public void Skip(string displayPath, string reason, SkipStage stage = SkipStage.Content)
        {
            // A parser's message can quote the whole input (XML lists every unclosed element): the reason is a line.
            reason = WithoutMachineFolders(reason);
            var entry = (stage, reason.Length <= MaxReasonLength ? reason : reason.Substring(0, MaxReasonLength) + "…");
            _skipped.AddOrUpdate(displayPath, entry, (_, kept) => Precedes(entry, kept) ? entry : kept);
        }

        private string WithoutMachineFolders(string reason)
        {
            foreach (var folder in _machineFolders)
            {
                reason = reason.Replace(folder + System.IO.Path.DirectorySeparatorChar, string.Empty).Replace(folder, ".");
            }

            return reason;
        }

        private static bool Precedes((SkipStage Stage, string Reason) candidate, (SkipStage Stage, string Reason) kept) =>
            candidate.Stage != kept.Stage ? candidate.Stage < kept.Stage : string.CompareOrdinal(candidate.Reason, kept.Reason) < 0;

        private IEnumerable<KeyValuePair<string, ConcurrentDictionary<string, bool>>> ReadOnly => _read.Where(r => !_skipped.ContainsKey(r.Key));

        public int FilesRead => ReadOnly.Count();

        /// <summary>
        /// Every file read whole, as the report names them, in name order, skipped afterwards or not (invalid JSON was
        /// read too): what <c>scan --read-list</c> writes, for the benchmark whose floor reads the same bytes again.
        /// </summary>
        public IReadOnlyList<string> ReadFiles => _read.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();

        /// <summary>The languages and formats of the files read, in name order.</summary>
        public IReadOnlyList<string> Languages => CountByLanguage.Keys.ToList();

        /// <summary>Files read per language or format, in name order (a file read as two counts under each).</summary>
        public IReadOnlyDictionary<string, int> CountByLanguage =>
            ReadOnly.SelectMany(r => r.Value.Keys).GroupBy(l => l).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

        public IReadOnlyList<KeyValuePair<string, string>> Skipped =>
            _skipped.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new KeyValuePair<string, string>(s.Key, s.Value.Reason)).ToList();
    }

    /// <summary>Where a reader gave up on a file; when readers disagree, the earliest stage's reason is the file's.</summary>
    internal enum SkipStage
    {
        /// <summary>The file itself: not a regular file, a link out of the repository, unreadable, too large.</summary>
        File,

        /// <summary>What it holds: binary, minified, a brick catalog.</summary>
        Content,

        /// <summary>A format's reader refused it: invalid JSON, XML…, a pattern too slow.</summary>
        Format,
    }
}
