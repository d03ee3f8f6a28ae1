using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Commons.Cli.Scan
{
    /// <summary>The files of a repository worth reading: not build outputs, dependencies or version control.</summary>
    internal sealed class RepositoryFiles
    {
        private static readonly HashSet<string> IgnoredFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".git", "bin", "obj", "node_modules", ".vs", ".idea", ".packages", "packages", "artifacts", "TestResults", "dist", ".nuget",
        };

        private RepositoryFiles(IReadOnlyList<string> all)
        {
            All = all;
        }

        public IReadOnlyList<string> All { get; }

        public IEnumerable<string> WithExtension(string extension) =>
            All.Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

        public static bool IsIgnoredFolder(string name) => IgnoredFolders.Contains(name);

        public static RepositoryFiles List(string root)
        {
            var files = new List<string>();
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var folder = pending.Pop();
                try
                {
                    files.AddRange(Directory.EnumerateFiles(folder));
                    foreach (var child in Directory.EnumerateDirectories(folder))
                    {
                        var name = Path.GetFileName(child);
                        // Nested repositories are scanned on their own; a symbolic link could loop.
                        if (!IsIgnoredFolder(name) && (new DirectoryInfo(child).Attributes & FileAttributes.ReparsePoint) == 0
                            && !(child != root && Directory.Exists(Path.Combine(child, ".git"))))
                        {
                            pending.Push(child);
                        }
                    }
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    // An unreadable folder is skipped, not fatal: the rest of the fleet still gets scanned.
                }
            }

            files.Sort(StringComparer.Ordinal);
            return new RepositoryFiles(files);
        }
    }
}
