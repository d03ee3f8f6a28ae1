using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The catalog's hosts in JSON configuration (appsettings*.json and the like): a FranceConnect authority or a
    /// SendGrid endpoint configured there reimplements a brick as surely as one written in C#. Reports the line and
    /// column of the host. Lock files and manifests are skipped: they name packages, not services.
    /// </summary>
    internal sealed class ConfigHostScanner : IRepositoryScanner
    {
        private const long MaxBytes = 1024 * 1024;

        private static readonly HashSet<string> NotConfiguration = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "package-lock.json", "package.json", "npm-shrinkwrap.json", "packages.lock.json", "project.assets.json",
            "tsconfig.json", "global.json", "launchSettings.json", "composer.lock",
        };

        public IEnumerable<Finding> Scan(ScanContext context)
        {
            var matcher = HostMatcher.For(context.Catalog);
            foreach (var file in context.Files.WithExtension(".json"))
            {
                if (NotConfiguration.Contains(Path.GetFileName(file)) || new FileInfo(file).Length > MaxBytes)
                {
                    continue;
                }

                string[] lines;
                try
                {
                    lines = File.ReadAllLines(file);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    continue;
                }

                for (var i = 0; i < lines.Length; i++)
                {
                    foreach (var match in matcher.FindAll(lines[i]))
                    {
                        var host = lines[i].Substring(match.Start, match.Length);
                        var finding = context.Verdicts.Report(
                            new[] { match.Owner },
                            CliText.Format(context.Culture, "Scan_FoundConfigHost", host, Path.GetFileName(file)),
                            context.Repository.Display(file),
                            i + 1,
                            match.Start + 1);
                        if (finding != null)
                        {
                            yield return finding;
                        }
                    }
                }
            }
        }
    }
}
