using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;
using Commons.Engine.Files;

namespace Commons.Engine.Record
{
    /// <summary>
    /// What a repository shows of itself, to check a <c>fournisseur</c> claim: its git remotes (read from
    /// <c>.git/config</c>, worktrees followed) and the package ids its projects pack. Read only when a record claims
    /// to provide a brick; bounded (project files are listed up to a limit), never throws.
    /// </summary>
    public sealed class RepositoryFacts
    {
        private const int MaxProjectFiles = 2000;

        private static readonly HashSet<string> SkippedFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".git", "bin", "obj", "node_modules", "artifacts", "packages", "TestResults", ".vs",
        };

        /// <summary>Git's own files may live outside the repository (a worktree's common folder): bounded, not confined.</summary>
        private static readonly BoundedFileReader GitMetadata = new BoundedFileReader(1024 * 1024);

        private static readonly Regex RemoteUrl = new Regex(@"^\s*url\s*=\s*(?<url>\S+)\s*$", RegexOptions.CultureInvariant);
        private static readonly Regex Section = new Regex(@"^\s*\[(?<name>[^\]]*)\]", RegexOptions.CultureInvariant);
        private static readonly Regex PackageId = new Regex(@"<PackageId>\s*(?<id>[^<$\s]+)\s*</PackageId>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex Packable = new Regex(@"<(IsPackable|GeneratePackageOnBuild)>\s*true\s*</", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public RepositoryFacts(string? root, IReadOnlyList<string> remotes, IReadOnlyList<(string Project, string PackageId)> packedPackages)
        {
            Root = root;
            Remotes = remotes;
            PackedPackages = packedPackages;
        }

        /// <summary>The folder holding <c>.git</c>; null when the record is in none.</summary>
        public string? Root { get; }

        /// <summary>The remotes' addresses, normalized (<c>github.com/org/repo</c>).</summary>
        public IReadOnlyList<string> Remotes { get; }

        /// <summary>Each packed package id with its project file (relative to the root, forward slashes).</summary>
        public IReadOnlyList<(string Project, string PackageId)> PackedPackages { get; }

        /// <summary>The facts of the repository holding <paramref name="recordPath"/>.</summary>
        public static RepositoryFacts Near(string recordPath)
        {
            try
            {
                var root = FindRoot(Path.GetDirectoryName(Path.GetFullPath(recordPath)));
                return root == null ? new RepositoryFacts(null, new string[0], new (string, string)[0]) : new RepositoryFacts(root, ReadRemotes(root), FindPackedPackages(root));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                return new RepositoryFacts(null, new string[0], new (string, string)[0]);
            }
        }

        private static string? FindRoot(string? folder)
        {
            for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
            {
                var git = Path.Combine(current, ".git");
                if (Directory.Exists(git) || File.Exists(git))
                {
                    return current;
                }
            }

            return null;
        }

        /// <summary>The <c>url</c> of every <c>[remote "…"]</c> section, from the repository's own config (a worktree's common one).</summary>
        internal static IReadOnlyList<string> ReadRemotes(string root)
        {
            var config = GitConfigPath(Path.Combine(root, ".git"));
            var text = config == null ? null : GitMetadata.ReadText(config);
            if (text == null)
            {
                return new string[0];
            }

            var remotes = new List<string>();
            var inRemote = false;
            foreach (var line in text.Split('\n'))
            {
                var section = Section.Match(line);
                if (section.Success)
                {
                    inRemote = section.Groups["name"].Value.Trim().StartsWith("remote", StringComparison.OrdinalIgnoreCase);
                    continue;
                }

                var url = RemoteUrl.Match(line);
                if (inRemote && url.Success)
                {
                    remotes.Add(RepositoryPattern.Normalize(url.Groups["url"].Value));
                }
            }

            return remotes.Distinct().ToList();
        }

        private static string? GitConfigPath(string git)
        {
            if (Directory.Exists(git))
            {
                return Path.Combine(git, "config");
            }

            // A worktree or submodule: ".git" is a file "gitdir: <path>"; a worktree's gitdir names its common folder in "commondir".
            var text = GitMetadata.ReadText(git)?.Trim();
            if (text == null || !text.StartsWith("gitdir:", StringComparison.Ordinal))
            {
                return null;
            }

            var gitDir = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(git)!, text.Substring("gitdir:".Length).Trim()));
            var common = Path.Combine(gitDir, "commondir");
            if (File.Exists(common) && GitMetadata.ReadText(common) is string commonDir)
            {
                gitDir = Path.GetFullPath(Path.Combine(gitDir, commonDir.Trim()));
            }

            return Path.Combine(gitDir, "config");
        }

        /// <summary>Project files that pack a package: their <c>PackageId</c>, or their name when they are packable without one.</summary>
        internal static IReadOnlyList<(string Project, string PackageId)> FindPackedPackages(string root)
        {
            var packed = new List<(string, string)>();
            var seen = 0;
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0 && seen < MaxProjectFiles)
            {
                var folder = pending.Pop();
                foreach (var file in Directory.GetFiles(folder).Where(IsProjectFile).OrderBy(f => f, StringComparer.Ordinal))
                {
                    seen++;
                    var text = new BoundedFileReader(1024 * 1024, root).ReadText(file);
                    if (text == null)
                    {
                        continue;
                    }

                    var relative = Text.DisplayPath.WithForwardSlashes(file.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
                    var id = PackageId.Match(text);
                    if (id.Success)
                    {
                        packed.Add((relative, id.Groups["id"].Value));
                    }
                    else if (Packable.IsMatch(text))
                    {
                        packed.Add((relative, Path.GetFileNameWithoutExtension(file)));
                    }
                }

                foreach (var sub in Directory.GetDirectories(folder))
                {
                    var info = new DirectoryInfo(sub);
                    if (!SkippedFolders.Contains(info.Name) && (info.Attributes & FileAttributes.ReparsePoint) == 0)
                    {
                        pending.Push(sub);
                    }
                }
            }

            return packed;
        }

        private static bool IsProjectFile(string file)
        {
            var extension = Path.GetExtension(file);
            return extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase) || extension.Equals(".fsproj", StringComparison.OrdinalIgnoreCase) ||
                   extension.Equals(".vbproj", StringComparison.OrdinalIgnoreCase);
        }
    }
}
