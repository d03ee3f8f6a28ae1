using System;
using System.IO;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Folders of the other ecosystems' build outputs that a .NET repository may use for sources (<c>build/</c> holds
    /// MSBuild props there): left out by the scanners of those ecosystems only, when the repository has the
    /// ecosystem's manifest at its root.
    /// </summary>
    internal static class BuildOutput
    {
        private static readonly string[] Markers = { "package.json", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "pyproject.toml", "setup.py" };

        public static bool Contains(ScanContext context, string file)
        {
            var relative = Engine.Text.DisplayPath.WithForwardSlashes(Path.GetRelativePath(context.Repository.Root, file));
            if (!(relative.StartsWith("build/", StringComparison.Ordinal) || relative.StartsWith("out/", StringComparison.Ordinal) || relative.Contains("/build/")))
            {
                return false;
            }

            foreach (var marker in Markers)
            {
                if (File.Exists(Path.Combine(context.Repository.Root, marker)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
