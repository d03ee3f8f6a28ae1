using System;
using System.IO;
using System.Linq;

namespace Commons.Testing
{
    /// <summary>
    /// Finds files of this repository (rules/, samples/, docs/, src/) from a test's output folder. The one finder of
    /// every test project: tests/Directory.Build.props compiles this file into each of them.
    /// </summary>
    internal static class RepositoryPaths
    {
        public static string Root { get; } = FindRoot();

        public static string Of(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

        private static string FindRoot()
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder != null && !File.Exists(Path.Combine(folder.FullName, "Commons.Analyzers.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Commons.Analyzers.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
