using System;
using System.IO;
using Commons.Engine.Record;

namespace Commons.Build
{
    /// <summary>
    /// Finds <c>commons-decision.yml</c> for a project: the property CommonsDecisionFile when set, otherwise the
    /// nearest record walking up from the project folder, stopping at the repository root (the folder that
    /// holds <c>.git</c>, or CommonsRepositoryRoot) or at the top of the file system. A record above the
    /// repository root belongs to another repository and is never picked up.
    /// </summary>
    public static class RecordLocator
    {
        private static readonly StringComparison PathComparison =
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        public static RecordSearch Locate(string projectDirectory, string? decisionFile, string? repositoryRoot)
        {
            var start = Normalize(Path.GetFullPath(string.IsNullOrWhiteSpace(projectDirectory) ? "." : projectDirectory));
            if (!string.IsNullOrWhiteSpace(decisionFile))
            {
                var configured = Path.GetFullPath(Path.Combine(start, decisionFile!.Trim()));

                // A folder is accepted too: the record is the commons-decision.yml inside it.
                if (Directory.Exists(configured))
                {
                    configured = Path.Combine(configured, RecordValidator.FileName);
                }

                return new RecordSearch(configured, File.Exists(configured), start, Path.GetDirectoryName(configured) ?? start, SearchBoundary.Configured, Directory.Exists(configured));
            }

            var stopAt = string.IsNullOrWhiteSpace(repositoryRoot) ? null : Normalize(Path.GetFullPath(Path.Combine(start, repositoryRoot!.Trim())));
            var directory = start;
            while (true)
            {
                var candidate = Path.Combine(directory, RecordValidator.FileName);
                if (File.Exists(candidate))
                {
                    return new RecordSearch(candidate, true, start, directory, SearchBoundary.RepositoryRoot);
                }

                // A folder named like the record is where the user meant it to be: said as such, never "create it here".
                if (Directory.Exists(candidate))
                {
                    return new RecordSearch(candidate, false, start, directory, SearchBoundary.RepositoryRoot, isFolder: true);
                }

                if (stopAt != null && string.Equals(directory, stopAt, PathComparison))
                {
                    return NotFound(start, directory, SearchBoundary.ConfiguredRoot);
                }

                var git = Path.Combine(directory, ".git");
                if (Directory.Exists(git) || File.Exists(git))
                {
                    return NotFound(start, directory, SearchBoundary.RepositoryRoot);
                }

                var parent = Path.GetDirectoryName(directory);
                if (string.IsNullOrEmpty(parent))
                {
                    return NotFound(start, directory, SearchBoundary.FileSystemRoot);
                }

                directory = Normalize(parent!);
            }
        }

        private static RecordSearch NotFound(string start, string stop, SearchBoundary boundary)
        {
            // With no repository root, the record is expected beside the project rather than at "/".
            var home = boundary == SearchBoundary.FileSystemRoot ? start : stop;
            return new RecordSearch(Path.Combine(home, RecordValidator.FileName), false, start, stop, boundary);
        }

        /// <summary>Drops a trailing separator (but keeps a root such as "/" or "C:\") so paths compare equal.</summary>
        private static string Normalize(string path)
        {
            var root = Path.GetPathRoot(path) ?? string.Empty;
            var trimmed = path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            return trimmed.Length < root.Length ? root : trimmed;
        }
    }
}
