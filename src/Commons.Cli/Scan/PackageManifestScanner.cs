using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The catalog's packages of the other ecosystems in their manifests: <c>nodemailer</c> in package.json,
    /// <c>phpmailer/phpmailer</c> in composer.json, the AWS S3 SDK in pom.xml or build.gradle, <c>sendgrid</c> in
    /// requirements.txt, pyproject.toml or Pipfile, <c>mail</c> in a Gemfile. Reported at the line that declares it.
    /// </summary>
    internal sealed class PackageManifestScanner : IRepositoryScanner
    {
        public string NameKey => "Scanner_Manifests";

        public IEnumerable<Finding> Scan(ScanContext context)
        {
            var owners = context.Verdicts.Owners().ToList();
            var findings = new List<Finding>();
            foreach (var file in context.Files.All)
            {
                var reader = ManifestReaders.For(file);
                if (reader == null || BuildOutput.Contains(context, file))
                {
                    continue;
                }

                var text = TextFile.Read(file, context, reader.Value.Language, checkLines: false);
                if (text == null)
                {
                    continue;
                }

                var declared = TextFile.Parse(file, text, context, reader.Value.Language, reader.Value.Read);
                if (declared == null)
                {
                    continue;
                }

                var lines = new LineMap(text);
                foreach (var package in declared)
                {
                    var owner = owners.FirstOrDefault(o => o.Signatures.PackagesOf(package.Ecosystem).Any(p => PackageEcosystems.Matches(package.Ecosystem, p, package.Name)));
                    if (owner.Bricks == null)
                    {
                        continue;
                    }

                    var (line, column) = lines.Position(package.Offset);
                    var finding = context.Verdicts.Report(
                        owner.Bricks,
                        context.Verdicts.Found("Found_Package", package.Name, Path.GetFileName(file)),
                        context.Repository.Display(file),
                        line,
                        column);
                    if (finding != null)
                    {
                        findings.Add(finding);
                    }
                }
            }

            return findings;
        }
    }
}
