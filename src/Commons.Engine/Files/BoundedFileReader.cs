using System;
using System.IO;

namespace Commons.Engine.Files
{
    /// <summary>
    /// Reads a repository's files as hostile input, the one way every reader of the scan, the audit, the record's
    /// validator and the MSBuild task read them: regular files only (a FIFO would block forever, <c>/dev/zero</c> would
    /// fill the memory), never more than a hard number of bytes whatever size the file system reports, and, given a
    /// root, nothing a link leads to outside it. It never throws for a file: every refusal is a <see cref="FileContent"/>.
    /// </summary>
    public sealed class BoundedFileReader
    {
        private const int ChunkBytes = 81920;

        /// <summary>The root's real path, links resolved once (set by the constructor, or copied by <see cref="WithLimit"/>).</summary>
        private string? _root;

        /// <param name="maxBytes">The most bytes read; a file with more is refused as too large.</param>
        /// <param name="root">The repository: a link resolving outside it is not read. Null reads links wherever they lead.</param>
        public BoundedFileReader(long maxBytes, string? root = null)
        {
            MaxBytes = maxBytes;
            if (root != null)
            {
                var full = Path.GetFullPath(root);
                _root = TrimSeparator(UnixFileStatus.RealPath(full) ?? full);
            }
        }

        public long MaxBytes { get; }

        /// <summary>What <paramref name="path"/> names, links followed (<see cref="FileKind.Unknown"/> where the platform cannot tell).</summary>
        public static FileKind KindOf(string path) => UnixFileStatus.KindOf(path);

        /// <summary>The same root (resolved once), another limit: each reader of a repository has its own.</summary>
        public BoundedFileReader WithLimit(long maxBytes) => new BoundedFileReader(maxBytes) { _root = _root };

        public FileContent Read(string path)
        {
            try
            {
                var refusal = Check(path);
                return refusal ?? ReadRegular(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                return FileContent.Refused(FileRefusal.Unreadable, FileKind.Regular, error: WithoutFolder(ex.Message, path));
            }
            catch (OutOfMemoryException)
            {
                // Within the limit a read cannot exhaust the memory; a limit set too high for the machine can.
                return FileContent.Refused(FileRefusal.TooLarge, FileKind.Regular, MaxBytes);
            }
        }

        /// <summary>
        /// The file's text (UTF-8, or the encoding its byte order mark names, the mark left out), or null when it was not
        /// read, for callers with nothing to say about a refusal (git metadata, a project file looked at for a fact).
        /// </summary>
        public string? ReadText(string path) => Read(path).Bytes is byte[] bytes ? Decode(bytes) : null;

        /// <summary>Text as File.ReadAllText decodes it: the byte order mark chooses the encoding, UTF-8 otherwise.</summary>
        public static string Decode(byte[] bytes)
        {
            using (var reader = new StreamReader(new MemoryStream(bytes), new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
            {
                return reader.ReadToEnd();
            }
        }

        /// <summary>Why <paramref name="path"/> must not be opened, or null when it is a regular file inside the root.</summary>
        private FileContent? Check(string path)
        {
            if (_root != null && !IsInsideRoot(path))
            {
                return FileContent.Refused(FileRefusal.OutsideRoot);
            }

            var kind = UnixFileStatus.KindOf(path);
            switch (kind)
            {
                case FileKind.Regular:
                    return null;
                case FileKind.Missing:
                    return FileContent.Refused(FileRefusal.Missing, kind);
                case FileKind.Unknown:
                    // No Unix status (Windows): a device still shows in the attributes; the byte limit covers the rest.
                    var attributes = File.GetAttributes(path);
                    return (attributes & FileAttributes.Directory) != 0 ? FileContent.Refused(FileRefusal.NotRegular, FileKind.Directory)
                        : (attributes & FileAttributes.Device) != 0 ? FileContent.Refused(FileRefusal.NotRegular, FileKind.CharacterDevice)
                        : null;
                default:
                    return FileContent.Refused(FileRefusal.NotRegular, kind);
            }
        }

        private bool IsInsideRoot(string path)
        {
            var full = Path.GetFullPath(path);
            var real = UnixFileStatus.RealPath(full);
            if (real == null)
            {
                // A dangling link or a file gone meanwhile is for the type check to call missing; where nothing can
                // resolve links (no Unix status), a link is not followed at all.
                return UnixFileStatus.Available || !File.Exists(full) || (File.GetAttributes(full) & FileAttributes.ReparsePoint) == 0;
            }

            return IsUnder(real, _root!);
        }

        /// <summary>Below <paramref name="root"/>: the root itself then a separator, or the root already ending with one (<c>/</c>).</summary>
        private static bool IsUnder(string path, string root) =>
            path.Length > root.Length && path.StartsWith(root, StringComparison.Ordinal) && (IsSeparator(root[root.Length - 1]) || IsSeparator(path[root.Length]));

        private static bool IsSeparator(char c) => c == '/' || c == '\\';

        private FileContent ReadRegular(string path)
        {
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.SequentialScan))
            {
                // The reported length saves reading a dump; the loop below holds the limit even when the length lies.
                if (stream.CanSeek && stream.Length > MaxBytes)
                {
                    return FileContent.Refused(FileRefusal.TooLarge, FileKind.Regular, stream.Length);
                }

                var capacity = stream.CanSeek ? (int)stream.Length + 1 : ChunkBytes;
                using (var buffer = new MemoryStream(capacity))
                {
                    var chunk = new byte[(int)Math.Min(ChunkBytes, MaxBytes + 1)];
                    int count;
                    while ((count = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, MaxBytes + 1 - buffer.Length))) > 0)
                    {
                        buffer.Write(chunk, 0, count);
                        if (buffer.Length > MaxBytes)
                        {
                            return FileContent.Refused(FileRefusal.TooLarge, FileKind.Regular, buffer.Length);
                        }
                    }

                    return FileContent.Read(buffer.ToArray());
                }
            }
        }

        /// <summary>The file system's message without the scanning machine's folders: only the file's own name stays.</summary>
        private static string WithoutFolder(string message, string path)
        {
            var full = Path.GetFullPath(path);
            return message.Replace(full, Path.GetFileName(full)).Replace(path, Path.GetFileName(full));
        }

        private static string TrimSeparator(string path) => path.Length > 1 ? path.TrimEnd('/', '\\') : path;
    }
}
