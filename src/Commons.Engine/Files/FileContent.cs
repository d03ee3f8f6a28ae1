using System.Globalization;
using Commons.Engine.Findings;

namespace Commons.Engine.Files
{
    /// <summary>A file's bytes, read whole within a limit, or why it was not read.</summary>
    public sealed class FileContent
    {
        private FileContent(byte[]? bytes, FileRefusal refusal, FileKind kind, long size, string? error)
        {
            Bytes = bytes;
            Refusal = refusal;
            Kind = kind;
            Size = size;
            Error = error;
        }

        /// <summary>The whole file; null when <see cref="Refusal"/> says why not.</summary>
        public byte[]? Bytes { get; }

        public FileRefusal Refusal { get; }

        public FileKind Kind { get; }

        /// <summary>For <see cref="FileRefusal.TooLarge"/>: the size reported, or the bytes read before the limit stopped the read.</summary>
        public long Size { get; }

        /// <summary>For <see cref="FileRefusal.Unreadable"/>: the file system's words, the file named without its folder.</summary>
        public string? Error { get; }

        internal static FileContent Read(byte[] bytes) => new FileContent(bytes, FileRefusal.None, FileKind.Regular, bytes.Length, null);

        internal static FileContent Refused(FileRefusal refusal, FileKind kind = FileKind.Unknown, long size = 0, string? error = null) =>
            new FileContent(null, refusal, kind, size, error);

        /// <summary>"a named pipe (FIFO), not a regular file: not read", for a file of that kind never opened.</summary>
        public static string NotRegular(FileKind kind, CultureInfo culture) =>
            Messages.Format(culture, "File_NotRegular", Messages.Get("File_Kind_" + kind, culture));

        /// <summary>Why the file was not read, in words of <paramref name="culture"/>; never the machine's absolute path.</summary>
        public string Reason(CultureInfo culture, long maxBytes)
        {
            switch (Refusal)
            {
                case FileRefusal.NotRegular:
                    return NotRegular(Kind, culture);
                case FileRefusal.OutsideRoot:
                    return Messages.Get("File_Outside", culture);
                case FileRefusal.TooLarge:
                    return Messages.Format(culture, "File_TooLarge", Size / 1024, maxBytes / 1024);
                case FileRefusal.Missing:
                    return Messages.Get("File_Missing", culture);
                case FileRefusal.Unreadable:
                    return Messages.Format(culture, "File_Unreadable", Error ?? string.Empty);
                default:
                    return string.Empty;
            }
        }
    }
}
