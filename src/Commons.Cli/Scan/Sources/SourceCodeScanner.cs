using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The fleet's other languages (JavaScript/TypeScript/Vue, PHP and Drupal modules, Python, Java/Kotlin, Ruby, Go):
    /// a brick's host in a string literal, and the import of a module that is the brick (Python <c>smtplib</c>, Node
    /// <c>nodemailer</c>, PHP <c>mail()</c>). The light tokenizer leaves comments and docstrings out: a URL in prose is
    /// not a finding.
    /// </summary>
    internal sealed class SourceCodeScanner : IRepositoryScanner
    {
        public string NameKey => "Scanner_Sources";

        public IEnumerable<Finding> Scan(ScanContext context)
        {
            var matcher = HostMatcher.For(context.Catalog);
            var imports = new ImportIndex(context.Verdicts.Owners());
            var settings = new ConfiguredServices(context);
            var findings = new List<Finding>();
            foreach (var file in context.Files.All)
            {
                var syntax = SourceSyntax.ForFile(file);
                if (syntax == null || BuildOutput.Contains(context, file))
                {
                    continue;
                }

                var name = Path.GetFileName(file);
                if (TestCode.Contains(context.Repository, file))
                {
                    // A test exercises the code that sends the mail or stores the file; the reimplementation is that code.
                    continue;
                }

                if (name.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".bundle.js", StringComparison.OrdinalIgnoreCase))
                {
                    context.Ledger.Skip(context.Repository.Display(file), CliText.Get("Skip_MinifiedName", context.Culture));
                    continue;
                }

                try
                {
                    ScanFile(context, file, syntax, name, matcher, imports, findings);
                    if (syntax == SourceSyntax.Python && PythonSettings.IsSettingsModule(file))
                    {
                        ScanSettings(context, file, settings, findings);
                    }
                }
                catch (Exception ex) when (!(ex is OutOfMemoryException))
                {
                    // One file the tokenizer or a pattern could not handle is skipped, not the repository's whole scan.
                    context.Ledger.Skip(context.Repository.Display(file), CliText.Format(context.Culture, "Skip_Unreadable", ex.GetType().Name + ": " + ex.Message));
                }
            }

            return findings;
        }

        private static void ScanFile(ScanContext context, string file, SourceSyntax syntax, string name, HostMatcher matcher, ImportIndex imports, List<Finding> findings)
        {
            var text = TextFile.Read(file, context, syntax.Language);
            if (text == null)
            {
                return;
            }

            var source = SourceTokenizer.Tokenize(text, syntax);
            var lines = new Lazy<LineMap>(() => new LineMap(text));
            var display = context.Repository.Display(file);
            foreach (var literal in source.Literals)
            {
                if (literal.Length < 4 || text.IndexOf('.', literal.Start, literal.Length) < 0)
                {
                    continue;
                }

                var matches = matcher.FindAll(source.ContentOf(literal));
                if (matches.Count > 0 && ListedHosts.IsListed(source, literal))
                {
                    continue;
                }

                foreach (var match in matches)
                {
                    var host = text.Substring(literal.Start + match.Start, match.Length);
                    Add(findings, context, new[] { match.Owner }, context.Verdicts.Found("Found_ConfigHost", host, name), display, lines.Value, literal.Start + match.Start);
                }
            }

            var language = ImportFinder.LanguageOf(syntax);
            if (language == null || !imports.Has(language))
            {
                return;
            }

            var arguments = new Lazy<SourceNames>(() => new SourceNames(source));
            var reported = new HashSet<(int, string)>();
            foreach (var (module, offset) in ImportFinder.Find(source, language))
            {
                foreach (var owner in imports.Covering(language, module))
                {
                    if (arguments.Value.NameAny(owner.Signature.Arguments) && reported.Add((offset, string.Join(",", owner.Bricks))))
                    {
                        Add(findings, context, owner.Bricks, context.Verdicts.Found("Found_Import", module, name), display, lines.Value, offset);
                    }
                }
            }

            foreach (var owner in imports.Mentioned(language))
            {
                foreach (var offset in ImportFinder.Mentions(source, owner.Signature.Module))
                {
                    if (arguments.Value.NameAny(owner.Signature.Arguments) && reported.Add((offset, string.Join(",", owner.Bricks))))
                    {
                        Add(findings, context, owner.Bricks, context.Verdicts.Found("Found_Import", owner.Signature.Module, name), display, lines.Value, offset);
                    }
                }
            }

            foreach (var (bricks, signature) in imports.Calls(language))
            {
                foreach (var offset in ImportFinder.Calls(source, signature.Module))
                {
                    Add(findings, context, bricks, context.Verdicts.Found("Found_CallOf", signature.Module, name), display, lines.Value, offset);
                }
            }
        }

        /// <summary>A Django settings module is configuration written in Python: its key sets count as in a .env file.</summary>
        private static void ScanSettings(ScanContext context, string file, ConfiguredServices settings, List<Finding> findings)
        {
            var text = TextFile.Read(file, context, SourceSyntax.Python.Language);
            if (text == null)
            {
                return;
            }

            var evidence = new FileEvidence();
            settings.Find(PythonSettings.Values(SourceTokenizer.Tokenize(text, SourceSyntax.Python)), evidence);
            findings.AddRange(evidence.Findings(context, file, text));
        }

        private static void Add(List<Finding> findings, ScanContext context, IReadOnlyList<string> bricks, string found, string display, LineMap lines, int offset)
        {
            var (line, column) = lines.Position(offset);
            var finding = context.Verdicts.Report(bricks, found, display, line, column);
            if (finding != null)
            {
                findings.Add(finding);
            }
        }
    }
}
