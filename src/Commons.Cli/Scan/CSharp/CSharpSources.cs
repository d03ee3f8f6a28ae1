using System.Collections.Generic;
using System.Text;
using Commons.Engine.Files;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Cli.Scan
{
    /// <summary>One C# file of the repository, decoded: its path and its text.</summary>
    internal sealed class CSharpSource
    {
        public CSharpSource(string path, SourceText text)
        {
            Path = path;
            Text = text;
        }

        public string Path { get; }

        /// <summary>What the parser reads.</summary>
        public SourceText Text { get; }
    }

    /// <summary>
    /// The first job of the C# scan: the repository's <c>.cs</c> files, read within a byte limit (regular files inside
    /// the repository only, as every scanner reads them), one at a time, so only the files kept for the compilation
    /// stay in memory. Each file read or skipped is written in the ledger once.
    /// </summary>
    internal sealed class CSharpSources
    {
        /// <summary>Hand-written C# is far smaller; a larger file is generated data, skipped with its reason.</summary>
        public const long MaxFileBytes = 2 * 1024 * 1024;

        private readonly ScanContext _context;
        private readonly BoundedFileReader _reader;

        public CSharpSources(ScanContext context)
        {
            _context = context;
            _reader = context.Reader.WithLimit(MaxFileBytes);
        }

        /// <summary>Each file's rank in the repository's order, once <see cref="ReadAll"/> has listed them.</summary>
        public Dictionary<string, int> Order { get; } = new Dictionary<string, int>(System.StringComparer.Ordinal);

        /// <summary>Every C# file that can be read, in the repository's order; the others are in the ledger with their reason.</summary>
        public IEnumerable<CSharpSource> ReadAll()
        {
            foreach (var file in _context.Files.WithExtension(".cs"))
            {
                Order[file] = Order.Count;
                var source = Read(file);
                if (source != null)
                {
                    _context.Ledger.Read(_context.Repository.Display(file), "C#");
                    yield return source;
                }
            }
        }

        /// <summary>One file again (a declaration another file needs), or null if it can no longer be read.</summary>
        public CSharpSource? ReadAgain(string file) => Read(file, skip: false);

        private CSharpSource? Read(string file, bool skip = true)
        {
            var content = _reader.Read(file);
            if (content.Bytes == null)
            {
                if (skip)
                {
                    TextFile.Skip(_context, _context.Repository.Display(file), content, MaxFileBytes);
                }

                return null;
            }

            var bytes = content.Bytes;
            return new CSharpSource(file, SourceText.From(bytes, bytes.Length, Encoding.UTF8, canBeEmbedded: false, throwIfBinaryDetected: false));
        }
    }
}
