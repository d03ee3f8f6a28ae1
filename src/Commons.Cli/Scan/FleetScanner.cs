using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Commons.Cli.Audit;
using Commons.Cli.Reports;
using Commons.Engine.Files;
using Commons.Engine.Findings;
using Commons.Engine.Record;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Scans every repository under the given PATHs, in parallel: the record with the same engine as check, then each
    /// scanner. One repository's failure (an unreadable tree, a compiler exception) becomes a note in its report, never
    /// the end of the fleet's scan.
    /// </summary>
    internal sealed class FleetScanner
    {
        private readonly IReadOnlyList<IRepositoryScanner> _scanners;
        private readonly CultureInfo _culture;
        private readonly DateTime _today;
        private readonly int _jobs;
        private readonly ScanPolicy _policy;

        /// <param name="jobs">Repositories scanned at once (<c>--jobs</c>); each holds its compilation until it is done.</param>
        /// <param name="policy">The tree and catalog to apply; the shipped ones by default.</param>
        public FleetScanner(IReadOnlyList<IRepositoryScanner> scanners, CultureInfo culture, DateTime today, int jobs = 0, ScanPolicy? policy = null)
        {
            _scanners = scanners;
            _policy = policy ?? ScanPolicy.Shipped;
            _culture = culture;
            _today = today;
            _jobs = jobs > 0 ? jobs : Math.Max(1, Environment.ProcessorCount);
        }

        /// <summary>
        /// The scanners of a full scan: the C# analyzers, the other languages' sources, configuration, NuGet references
        /// and the other ecosystems' manifests. Without code, the configuration and the manifests only.
        /// </summary>
        public static IReadOnlyList<IRepositoryScanner> Default(bool code, bool prefilter = true) =>
            code
                ? new IRepositoryScanner[] { new CSharpCodeScanner(prefilter), new SourceCodeScanner(), new ConfigHostScanner(), new PackageReferenceScanner(), new PackageManifestScanner() }
                : new IRepositoryScanner[] { new ConfigHostScanner(), new PackageReferenceScanner(), new PackageManifestScanner() };

        /// <param name="audits">
        /// For <c>scan --audit</c>: an array as long as <paramref name="repositories"/>, where each repository's integrity
        /// audit is put, run as one more reader of its scan (the same files, record and catalog).
        /// </param>
        public FleetReport Scan(IReadOnlyList<Repository> repositories, Action<Repository>? done = null, AuditResult?[]? audits = null)
        {
            var reports = new RepositoryReport[repositories.Count];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _jobs };
            var notStarted = repositories.Count;
            var garbage = new CompilationGarbage();
            Parallel.For(0, repositories.Count, parallel, i =>
            {
                Interlocked.Decrement(ref notStarted);
                reports[i] = ScanOne(repositories[i], audits != null, out var audit, out var compiled);
                if (compiled && Volatile.Read(ref notStarted) > 0)
                {
                    garbage.RepositoryDone(); // not after the last ones: the process ends
                }

                if (audits != null)
                {
                    audits[i] = audit;
                }

                done?.Invoke(repositories[i]);
            });

            return new FleetReport
            {
                Version = Output.CheckReport.ToolVersion,
                Date = _today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Language = _culture.TwoLetterISOLanguageName,
                Repositories = reports.ToList(),
            };
        }

        /// <summary>
        /// One repository's report, whatever happens in it: an exception (OutOfMemoryException included, a file's or a
        /// compiler's) ends this repository's scan with a note, never the fleet's.
        /// </summary>
        private RepositoryReport ScanOne(Repository repository, bool audit, out AuditResult? auditResult, out bool compiled)
        {
            auditResult = null;
            compiled = false;
            try
            {
                return ScanWhole(repository, audit, out auditResult, out compiled);
            }
            catch (Exception ex)
            {
                compiled = true; // whatever the failure left half built (after an OutOfMemoryException, most of the heap)
                return new RepositoryReport { Name = repository.Name, Path = repository.RelativePath, CodeScan = Failure(repository, "Scanner_Repository", ex) };
            }
        }

        /// <summary>"the configuration scan failed: …", with the repository's files named relative to it, never by the machine's path.</summary>
        private string Failure(Repository repository, string scannerKey, Exception ex) =>
            CliText.Format(_culture, "CodeScan_Failed", CliText.Get(scannerKey, _culture), ex.GetType().Name + ": " + ex.Message.Replace(repository.Root, repository.RelativePath.Length == 0 ? "." : repository.RelativePath));

        private RepositoryReport ScanWhole(Repository repository, bool audit, out AuditResult? auditResult, out bool compiled)
        {
            var catalog = _policy.CatalogFor(repository);
            var validator = new RecordValidator(new ValidationOptions { Culture = _culture, Today = () => _today }, _policy.Tree, catalog);
            var record = validator.ValidateFile(repository.RecordPath, repository.Root);
            var files = RepositoryFiles.List(repository.Root);
            var context = new ScanContext(repository, files, record, catalog, _culture, _today);

            var findings = record.Findings.Select(f => new Finding(f.Id, f.Severity, f.Message, repository.Display(repository.RecordPath), f.Position)).ToList();

            // Each scanner (and the audit, the last slot) writes only its own slots: nothing mutable is shared between them.
            var perScanner = new List<Finding>[_scanners.Count];
            var failures = new string?[_scanners.Count + 1];
            AuditResult? audited = null;
            Parallel.For(0, _scanners.Count + (audit ? 1 : 0), s =>
            {
                try
                {
                    if (s < _scanners.Count)
                    {
                        perScanner[s] = _scanners[s].Scan(context).ToList();
                    }
                    else
                    {
                        audited = IntegrityAudit.Run(context);
                    }
                }
                catch (Exception ex)
                {
                    // Any exception, OutOfMemoryException included: the other scanners' findings still count.
                    if (s < _scanners.Count)
                    {
                        perScanner[s] = new List<Finding>();
                    }

                    failures[s] = Failure(repository, s < _scanners.Count ? _scanners[s].NameKey : "Scanner_Audit", ex);
                }
            });
            auditResult = audited;
            compiled = context.Compiled;

            findings.AddRange(UnusedExceptions.Find(context)); // once every scanner said which exceptions it needed

            // Code findings in file order, so two runs print the same lines.
            findings.AddRange(perScanner.SelectMany(f => f).OrderBy(f => f.FilePath, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Id, StringComparer.Ordinal));
            var status = record.Findings.Any(f => f.Id == RecordRules.RecordMissing.Id)
                ? RepositoryReport.RecordMissing
                : record.HasErrors ? RepositoryReport.RecordInvalid : RepositoryReport.RecordValid;
            return new RepositoryReport
            {
                Name = repository.Name,
                Path = repository.RelativePath,
                Record = status,
                ProjectName = record.Record?.ProjectName,
                Nature = record.Record?.Nature,
                Solutions = record.Record?.Solutions.ToDictionary(s => s.Key, s => s.Value) ?? new Dictionary<string, string>(),
                Bricks = record.Record?.Bricks.Values.Select(b => new BrickEntry
                {
                    Id = b.BrickId,
                    Choice = b.Choice,
                    Expiry = b.Expiry?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }).ToList() ?? new List<BrickEntry>(),
                CodeScan = CodeScanNote(context.CodeScan, failures),
                Languages = context.Ledger.CountByLanguage.Select(l => new LanguageEntry { Name = l.Key, Files = l.Value }).ToList(),
                FilesRead = context.Ledger.FilesRead,
                Skipped = files.SkippedFolders.Select(f => new SkippedEntry { Path = repository.Display(System.IO.Path.Combine(repository.Root, f.TrimEnd('/'))) + "/", Reason = CliText.Get("Skip_Folder", _culture) })
                    .Concat(files.UnreadableFolders.Select(f => new SkippedEntry { Path = repository.Display(System.IO.Path.Combine(repository.Root, f.TrimEnd('/'))) + "/", Reason = CliText.Get("Skip_FolderUnreadable", _culture) }))
                    .Concat(context.Ledger.Skipped.Select(s => new SkippedEntry { Path = s.Key, Reason = s.Value }))
                    .ToList(),
                Findings = findings.Select(FindingEntry.From).ToList(),
            };
        }

        /// <summary>How the C# code was scanned, then each failure in the scanners' order: the same words on every run.</summary>
        private static string? CodeScanNote(string? codeScan, IEnumerable<string?> failures)
        {
            var notes = new[] { codeScan }.Concat(failures).Where(n => n != null).ToList();
            return notes.Count == 0 ? null : string.Join("; ", notes);
        }
    }
}
