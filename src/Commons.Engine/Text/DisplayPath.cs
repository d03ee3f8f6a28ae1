using System.IO;

namespace Commons.Engine.Text
{
    /// <summary>A relative path as every report writes it: forward slashes, the file's own name unchanged.</summary>
    public static class DisplayPath
    {
        /// <summary>
        /// On Windows the separators become <c>/</c>; on Linux and macOS a backslash is a character of a file name
        /// (<c>a\b.js</c> is one file), so it stays: replacing it would name a file that does not exist.
        /// </summary>
        public static string WithForwardSlashes(string path) =>
            Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;
    }
}
