using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Commons.Cli.Reports;
using Commons.Cli.Scan;
using Spectre.Console;

namespace Commons.Cli.Commands
{
    /// <summary>
    /// <c>commons scan PATH…</c>: every repository under each PATH, its record checked by the engine, its C# code by the
    /// brick analyzers, its JSON configuration and package references by the catalog. Text, JSON or SARIF, plus an
    /// HTML page and a CSV file for people.
    /// </summary>
    internal static class ScanCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr, Func<IAnsiConsole?> terminal)
        {
            var c = CliText.RunCulture;
            var paths = new Argument<string[]>("path") { Description = CliText.Get("Scan_PathDescription", c), Arity = ArgumentArity.OneOrMore };
            CommonOptions.RejectUnknownOptions(paths, c);
            var options = new CommonOptions();
            var report = new Option<string?>("--report") { Description = CliText.Get("Option_Report", c) };
            var csv = new Option<string?>("--csv") { Description = CliText.Get("Option_Csv", c) };
            var noCode = new Option<bool>("--no-code") { Description = CliText.Get("Option_NoCode", c) };
            var audit = new Option<bool>("--audit") { Description = Audit.AuditRules.Get("Option_ScanAudit", c) };
            // No DefaultValueFactory: its "[default: 2]" would be English in a French help; the description says it.
            var jobs = new Option<int?>("--jobs", "-j") { Description = CliText.Get("Option_Jobs", c) };
            var fullBinding = new Option<bool>("--full-binding") { Description = CliText.Get("Option_FullBinding", c) };
            // Hidden: for benchmarks/sidebyside, whose floor reads again every file the scan read.
            var readList = new Option<string?>("--read-list") { Hidden = true };
            var command = new Command("scan", CliText.Get("Scan_Description", c)) { paths, report, csv, noCode, audit, jobs, fullBinding, readList };
            options.AddTo(command);
            command.SetAction(parse =>
            {
                var settings = options.Read(parse, stderr);
                if (settings == null)
                {
                    return ExitCodes.Usage;
                }

                var jobCount = parse.GetValue(jobs) ?? Environment.ProcessorCount;
                if (jobCount < 1)
                {
                    stderr.WriteLine("commons: " + CliText.Format(settings.Culture, "Usage_BadJobs", jobCount));
                    return ExitCodes.Usage;
                }

                var given = parse.GetValue(paths) ?? Array.Empty<string>();
                var missing = given.Where(p => !Directory.Exists(p)).ToList();
                if (missing.Count > 0)
                {
                    foreach (var path in missing)
                    {
                        stderr.WriteLine("commons: " + CliText.Format(settings.Culture, "Scan_NotAFolder", path));
                    }

                    return ExitCodes.Usage;
                }

                var repositories = given.SelectMany(RepositoryDiscovery.Find).ToList();
                var scanners = FleetScanner.Default(!parse.GetValue(noCode), prefilter: !parse.GetValue(fullBinding));
                var readListPath = parse.GetValue(readList);
                var readFiles = readListPath != null ? new ScanReadList() : null;
                var scanner = new FleetScanner(readFiles?.Watch(scanners) ?? scanners, settings.Culture, settings.Today, jobCount);
                // The audit is one more reader of each repository's scan: no second walk, record parse or catalog load.
                var audits = parse.GetValue(audit) ? new Audit.AuditResult?[repositories.Count] : null;
                var fleet = Run(scanner, repositories, terminal(), settings.Culture, audits);
                var sections = audits != null
                    ? new Reports.IReportSection[] { new Audit.IntegritySection(repositories.Select((r, i) => (r.RelativePath.Length == 0 ? r.Name : r.RelativePath, audits[i] ?? Audit.AuditResult.Empty(r.Root))).ToList(), settings.Culture) }
                    : null;
                var code = FleetOutput.Write(fleet, settings, parse.GetValue(report), parse.GetValue(csv), stdout, stderr, sections);
                return readFiles == null || FleetOutput.TryWrite(readListPath, stdout, stderr, settings.Culture, readFiles.WriteTo) ? code : ExitCodes.Usage;
            });
            return command;
        }

        /// <summary>With a person watching, a progress bar (cleared when done); in pipelines and CI, nothing.</summary>
        internal static FleetReport Run(FleetScanner scanner, IReadOnlyList<Repository> repositories, IAnsiConsole? console, System.Globalization.CultureInfo culture, Audit.AuditResult?[]? audits)
        {
            if (console == null || repositories.Count == 0)
            {
                return scanner.Scan(repositories, audits: audits);
            }

            FleetReport? result = null;
            console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask(Markup.Escape(CliText.Format(culture, "Scan_Progress", repositories.Count)), maxValue: repositories.Count);
                    result = scanner.Scan(repositories, _ => task.Increment(1), audits);
                });
            return result!;
        }
    }
}
