using System;
using System.Runtime.InteropServices;

namespace Commons.Engine.Files
{
    /// <summary>
    /// The file type and real path of a Unix file, which netstandard2.0's FileInfo does not give (a FIFO and
    /// <c>/dev/zero</c> both look like empty regular files to it). It asks the runtime's own native shim,
    /// libSystem.Native, the one FileInfo itself calls on Unix: its FileStatus starts with Flags (int32) then Mode
    /// (int32, the S_IFMT bits included) on every architecture, unlike libc's <c>struct stat</c>. Where the shim is not
    /// there (Windows, .NET Framework), the answers are "cannot tell" and callers fall back on the byte limit.
    /// </summary>
    internal static class UnixFileStatus
    {
        private const int ModeOffset = 4;
        private const int TypeMask = 0xF000;

        /// <summary>Larger than any version's FileStatus (about 120 bytes today): the shim writes the whole struct.</summary>
        private const int StatusBufferBytes = 512;

        private static bool _unavailable = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

        /// <summary>False where the shim is missing (Windows, .NET Framework): kinds are unknown, real paths null.</summary>
        public static bool Available => !_unavailable;

        /// <summary>The kind of file <paramref name="path"/> names, links followed; <see cref="FileKind.Unknown"/> when no shim answers.</summary>
        public static FileKind KindOf(string path)
        {
            if (_unavailable)
            {
                return FileKind.Unknown;
            }

            var status = new byte[StatusBufferBytes];
            try
            {
                if (Stat(Utf8(path), status) != 0)
                {
                    return FileKind.Missing; // a dangling link, a file removed meanwhile, a folder without search permission
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException)
            {
                _unavailable = true;
                return FileKind.Unknown;
            }

            var type = BitConverter.ToInt32(status, ModeOffset) & TypeMask;
            switch (type)
            {
                case 0x8000: return FileKind.Regular;
                case 0x4000: return FileKind.Directory;
                case 0x1000: return FileKind.Fifo;
                case 0x2000: return FileKind.CharacterDevice;
                case 0x6000: return FileKind.BlockDevice;
                case 0xC000: return FileKind.Socket;
                default: return FileKind.Unknown;
            }
        }

        /// <summary>The path with every link and <c>..</c> resolved, or null when it cannot be (missing, no shim).</summary>
        public static string? RealPath(string path)
        {
            if (_unavailable)
            {
                return null;
            }

            try
            {
                var resolved = NativeRealPath(Utf8(path));
                if (resolved == IntPtr.Zero)
                {
                    return null;
                }

                try
                {
                    return Utf8(resolved);
                }
                finally
                {
                    Free(resolved);
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException)
            {
                _unavailable = true;
                return null;
            }
        }

        /// <summary>The path as the shim takes it: UTF-8, NUL-terminated (netstandard2.0 has no UTF-8 string marshalling).</summary>
        private static byte[] Utf8(string path)
        {
            var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
            System.Text.Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
            return bytes;
        }

        private static string Utf8(IntPtr text)
        {
            var length = 0;
            while (Marshal.ReadByte(text, length) != 0)
            {
                length++;
            }

            var bytes = new byte[length];
            Marshal.Copy(text, bytes, 0, length);
            return System.Text.Encoding.UTF8.GetString(bytes);
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        private static extern int Stat(byte[] path, [Out] byte[] status);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_RealPath", SetLastError = true)]
        private static extern IntPtr NativeRealPath(byte[] path);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Free")]
        private static extern void Free(IntPtr pointer);
    }
}
