using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The catalog's packages in project files: a <c>PackageReference</c> (or a central <c>PackageVersion</c>) to
    /// MailKit or AWSSDK.S3 says the brick is reimplemented, even where no C# file could be compiled. Reports the line.
    /// </summary>
    internal sealed class PackageReferenceScanner : IRepositoryScanner
    {
        private static readonly Regex Reference = new Regex(
            @"<(?<kind>PackageReference|PackageVersion)\b[^>]*?\b(?:Include|Update)\s*=\s*""(?<id>[^""]+)""",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public IEnumerable<Finding> Scan(ScanContext context)
        {
            var owners = context.Verdicts.Owners().Where(o => o.Signatures.Packages.Count > 0).ToList();
            var files = context.Files.All.Where(f =>
                f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".props", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".targets", StringComparison.OrdinalIgnoreCase));
            foreach (var file in files)
            {
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
                    foreach (Match match in Reference.Matches(lines[i]))
                    {
                        var id = match.Groups["id"].Value.Trim();
                        var owner = owners.FirstOrDefault(o => o.Signatures.Packages.Any(p => PackageReferences.Matches(p, id)));
                        if (owner.Bricks == null)
                        {
                            continue;
                        }

                        var finding = context.Verdicts.Report(
                            owner.Bricks,
                            context.Verdicts.Found("Found_Package", id, Path.GetFileName(file)),
                            context.Repository.Display(file),
                            i + 1,
                            match.Groups["id"].Index + 1);
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
