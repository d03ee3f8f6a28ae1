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
            // The other ecosystems' dependencies and outputs: Composer, Go and Bundler vendor, Maven and Gradle, Python
            // environments and caches, front-end frameworks' outputs.
            "vendor", "target", ".gradle", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache", ".pytest_cache", ".next", ".nuxt",
            "bower_components", ".bundle",
        };

        /// <summary>Version control and editors' folders: left out without a word, unlike dependencies and outputs.</summary>
        private static readonly HashSet<string> SilentFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".git", ".vs", ".idea" };

        private readonly List<string> _skippedFolders = new List<string>();
        private readonly List<string> _unreadableFolders = new List<string>();

        private RepositoryFiles(IReadOnlyList<string> all)
        {
            All = all;
        }

        public IReadOnlyList<string> All { get; }

        /// <summary>Dependency and build-output folders left out (node_modules, vendor, bin…), relative to the repository.</summary>
        public IReadOnlyList<string> SkippedFolders => _skippedFolders;

        /// <summary>Folders the walk could not open (permissions), relative to the repository, ending with '/'.</summary>
        public IReadOnlyList<string> UnreadableFolders => _unreadableFolders;

        public IEnumerable<string> WithExtension(string extension) =>
            All.Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

        public static bool IsIgnoredFolder(string name) => IgnoredFolders.Contains(name);

        /// <summary>
        /// A dependency folder known by its place rather than its name: Drupal's core (<c>core/lib/Drupal.php</c>) and
        /// the contributed modules, themes and profiles Composer installs under <c>contrib/</c>.
        /// </summary>
        private static bool IsDrupalDependency(string folder, string name) =>
            (string.Equals(name, "core", StringComparison.Ordinal) && File.Exists(Path.Combine(folder, "lib", "Drupal.php")))
            || (string.Equals(name, "contrib", StringComparison.Ordinal) && Path.GetFileName(Path.GetDirectoryName(folder)) is string parent
                && (parent == "modules" || parent == "themes" || parent == "profiles"));

        /// <summary>
        /// NuGet's restored packages/ (packages.config): its .nupkg files, or one folder per package (Name.Version/)
        /// holding the package's .nupkg or .nuspec. A folder that cannot be read is taken for dependencies.
        /// </summary>
        private static bool HoldsNuGetPackages(string folder)
        {
            try
            {
                return Directory.EnumerateFiles(folder, "*.nupkg").Any()
                    || Directory.EnumerateDirectories(folder).Any(package =>
                        Directory.EnumerateFiles(package, "*.nupkg").Any() || Directory.EnumerateFiles(package, "*.nuspec").Any());
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return true;
            }
        }

        /// <summary>
        /// A .NET tool installed into the repository (<c>dotnet tool install --tool-path</c>, as the CI templates once did
        /// with <c>.commons</c>): its <c>.store</c> holds packages, not the repository's code or configuration.
        /// </summary>
        private static bool IsDotnetToolFolder(string folder, string name) =>
            name == ".commons" || name == ".store" || Directory.Exists(Path.Combine(folder, ".store")) || File.Exists(Path.Combine(folder, "DotnetToolSettings.xml"));

        public static RepositoryFiles List(string root)
        {
            var files = new List<string>();
            var skipped = new List<string>();
            var unreadable = new List<string>();
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
                        // packages/ is NuGet's old folder in a .NET repository, but a workspace's sources (packages/backend) or
                        // Symfony's config/packages/: decided by what it holds.
                        var workspace = string.Equals(name, "packages", StringComparison.OrdinalIgnoreCase) && !HoldsNuGetPackages(child);
                        if (!workspace && (IsIgnoredFolder(name) || IsDrupalDependency(child, name) || IsDotnetToolFolder(child, name)))
                        {
                            if (!SilentFolders.Contains(name))
                            {
                                skipped.Add(Engine.Text.DisplayPath.WithForwardSlashes(Path.GetRelativePath(root, child)) + "/");
                            }

                            continue;
                        }

                        // Nested repositories are scanned on their own; a symbolic link could loop.
                        if ((new DirectoryInfo(child).Attributes & FileAttributes.ReparsePoint) == 0
                            && !(child != root && Directory.Exists(Path.Combine(child, ".git"))))
                        {
                            pending.Push(child);
                        }
                    }
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    // An unreadable folder is skipped, not fatal: the rest of the fleet still gets scanned. It is listed,
                    // so nobody takes "no finding" for "nothing there".
                    unreadable.Add(Path.GetRelativePath(root, folder).Replace('\\', '/') + "/");
                }
            }

            files.Sort(StringComparer.Ordinal);
            skipped.Sort(StringComparer.Ordinal);
            unreadable.Sort(StringComparer.Ordinal);
            var result = new RepositoryFiles(files);
            result._skippedFolders.AddRange(skipped);
            result._unreadableFolders.AddRange(unreadable);
            return result;
        }
    }
}
