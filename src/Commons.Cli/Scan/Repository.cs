using System.IO;

namespace Commons.Cli.Scan
{
    /// <summary>One repository found under a scanned PATH.</summary>
    internal sealed class Repository
    {
        public Repository(string root, string scannedPath)
        {
            Root = Path.GetFullPath(root);
            ScannedPath = Path.GetFullPath(scannedPath);
            var relative = Engine.Text.DisplayPath.WithForwardSlashes(Path.GetRelativePath(ScannedPath, Root));
            RelativePath = relative == "." ? string.Empty : relative;
            Name = RelativePath.Length == 0 ? new DirectoryInfo(Root).Name : RelativePath;
        }

        public string Root { get; }

        /// <summary>The PATH given on the command line: finding paths are relative to it.</summary>
        public string ScannedPath { get; }

        /// <summary>The repository's folder relative to PATH, with forward slashes; empty when PATH is the repository.</summary>
        public string RelativePath { get; }

        public string Name { get; }

        public string RecordPath => Path.Combine(Root, Engine.Record.RecordValidator.FileName);

        /// <summary>A file of this repository as the reports show it: relative to PATH, forward slashes.</summary>
        public string Display(string fullPath) => Engine.Text.DisplayPath.WithForwardSlashes(Path.GetRelativePath(ScannedPath, fullPath));
    }
}
