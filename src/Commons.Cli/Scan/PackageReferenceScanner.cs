using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Files;
using Commons.Engine.Findings;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The catalog's packages in MSBuild files: a <c>PackageReference</c> (or a central <c>GlobalPackageReference</c>)
    /// to AWSSDK.S3 or SendGrid says the brick is reimplemented, even where no C# file could be compiled. Read by the
    /// engine's <see cref="PackageReferences"/>, as the build's BrickFileAnalyzer reads them, so the build and the scan
    /// report the same items at the same line (a central <c>PackageVersion</c> is a version, not a reference).
    /// </summary>
    internal sealed class PackageReferenceScanner : IRepositoryScanner
    {
        public string NameKey => "Scanner_PackageReferences";

        public IEnumerable<Finding> Scan(ScanContext context)
        {
            var owners = context.Verdicts.Owners().Where(o => o.Signatures.Packages.Count > 0).ToList();
            var files = context.Files.All.Where(f =>
                f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".props", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".targets", StringComparison.OrdinalIgnoreCase));
            foreach (var file in files)
            {
                var content = context.Reader.Read(file);
                if (content.Bytes == null)
                {
                    TextFile.Skip(context, context.Repository.Display(file), content, context.Reader.MaxBytes);
                    continue;
                }

                var text = BoundedFileReader.Decode(content.Bytes);

                foreach (var mention in PackageReferences.In(text))
                {
                    var owner = owners.FirstOrDefault(o => o.Signatures.Packages.Any(p => PackageReferences.Matches(p, mention.Id)));
                    if (owner.Bricks == null)
                    {
                        continue;
                    }

                    var finding = context.Verdicts.Report(
                        owner.Bricks,
                        context.Verdicts.Found("Found_Package", mention.Id, Path.GetFileName(file)),
                        context.Repository.Display(file),
                        mention.Line,
                        mention.Column);
                    if (finding != null)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }
}
