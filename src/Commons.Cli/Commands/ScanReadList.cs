using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Commons.Cli.Scan;
using Commons.Engine.Findings;

namespace Commons.Cli.Commands
{
    /// <summary>
    /// <c>scan --read-list FILE</c>, hidden, for benchmarks/sidebyside: the full path of every file the scan read, one a
    /// line, so that the benchmark's floor reads the same bytes again. Each scanner is watched: when it is done, the files
    /// its repository's ledger holds are added, so the last scanner of a repository to end adds them all. A path holding
    /// a line break is left out, as one a line could not name it.
    /// </summary>
    internal sealed class ScanReadList
    {
        private static readonly char[] LineBreaks = { '\n', '\r' };

        private readonly ConcurrentDictionary<string, bool> _files = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        public IReadOnlyList<IRepositoryScanner> Watch(IReadOnlyList<IRepositoryScanner> scanners) =>
            scanners.Select(s => (IRepositoryScanner)new WatchedScanner(s, this)).ToList();

        public void WriteTo(TextWriter writer)
        {
            foreach (var file in _files.Keys.OrderBy(f => f, StringComparer.Ordinal))
            {
                writer.Write(file);
                writer.Write('\n');
            }
        }

        private void AddReadFiles(ScanContext context)
        {
            foreach (var display in context.Ledger.ReadFiles)
            {
                var full = Path.GetFullPath(Path.Combine(context.Repository.ScannedPath, display));
                if (full.IndexOfAny(LineBreaks) < 0)
                {
                    _files.TryAdd(full, true);
                }
            }
        }

        private sealed class WatchedScanner : IRepositoryScanner
        {
            private readonly IRepositoryScanner _scanner;
            private readonly ScanReadList _list;

            public WatchedScanner(IRepositoryScanner scanner, ScanReadList list)
            {
                _scanner = scanner;
                _list = list;
            }

            public string NameKey => _scanner.NameKey;

            public IEnumerable<Finding> Scan(ScanContext context)
            {
                try
                {
                    return _scanner.Scan(context).ToList(); // whole, so its files are read before the ledger is looked at
                }
                finally
                {
                    _list.AddReadFiles(context);
                }
            }
        }
    }
}
