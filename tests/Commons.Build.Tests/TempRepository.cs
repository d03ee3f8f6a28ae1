using System;
using System.IO;

namespace Commons.Build.Tests
{
    /// <summary>A throwaway folder tree with a .git folder at its root, deleted after the test.</summary>
    internal sealed class TempRepository : IDisposable
    {
        public TempRepository(bool withGit = true)
        {
            Root = Path.Combine(Path.GetTempPath(), "commons-build-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
            if (withGit)
            {
                Directory.CreateDirectory(Path.Combine(Root, ".git"));
            }
        }

        public string Root { get; }

        public string Path_(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

        public string Folder(params string[] parts)
        {
            var path = Path_(parts);
            Directory.CreateDirectory(path);
            return path;
        }

        public string Write(string relativePath, string content)
        {
            var path = Path.Combine(Root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            return path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; a failing cleanup must not hide the test's result.
            }
        }
    }
}
