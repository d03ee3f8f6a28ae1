using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Finds the repositories under a PATH: a folder holding <c>.git</c> or a commons-decision.yml is one (and the
    /// search does not go inside it); failing those, a folder holding a solution or a project manifest (package.json,
    /// composer.json, pyproject.toml, pom.xml, build.gradle, Gemfile, go.mod…) at its top, so that
    /// a project never initialised still shows up, without a record. PATH itself may be a repository, and is taken for
    /// one when nothing below it is.
    /// </summary>
    internal static class RepositoryDiscovery
    {
        /// <summary>Deep enough for a folder of groups of repositories, shallow enough to stay fast on a home folder.</summary>
        private const int MaxDepth = 5;

        public static IReadOnlyList<Repository> Find(string path)
        {
            var found = new List<Repository>();
            if (IsRepository(path, strict: false))
            {
                found.Add(new Repository(path, path));
                return found;
            }

            Walk(path, path, 0, found);
            if (found.Count == 0)
            {
                // Nothing marks a repository below: PATH is one, whose missing record is then worth saying.
                found.Add(new Repository(path, path));
            }

            return found.OrderBy(r => r.RelativePath, StringComparer.Ordinal).ToList();
        }

        private static void Walk(string folder, string scanned, int depth, List<Repository> found)
        {
            if (depth >= MaxDepth)
            {
                return;
            }

            IEnumerable<string> children;
            try
            {
                children = Directory.EnumerateDirectories(folder).OrderBy(d => d, StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return;
            }

            foreach (var child in children)
            {
                if (RepositoryFiles.IsIgnoredFolder(Path.GetFileName(child)))
                {
                    continue;
                }

                if (IsRepository(child, strict: false))
                {
                    found.Add(new Repository(child, scanned));
                }
                else
                {
                    Walk(child, scanned, depth + 1, found);
                }
            }
        }

        private static bool IsRepository(string folder, bool strict) =>
            Directory.Exists(Path.Combine(folder, ".git"))
            || File.Exists(Path.Combine(folder, ".git")) // a worktree or submodule
            || File.Exists(Path.Combine(folder, Engine.Record.RecordValidator.FileName))
            || (!strict && (Directory.EnumerateFiles(folder, "*.sln").Any() || Directory.EnumerateFiles(folder, "*.slnx").Any() || ProjectManifests.Any(m => File.Exists(Path.Combine(folder, m)))));

        /// <summary>The manifest at the top of a project of each ecosystem of the fleet: a project never initialised still shows up.</summary>
        private static readonly string[] ProjectManifests =
        {
            "package.json", "composer.json", "pyproject.toml", "setup.py", "Pipfile", "pom.xml", "build.gradle", "build.gradle.kts", "Gemfile", "go.mod",
        };
    }
}
