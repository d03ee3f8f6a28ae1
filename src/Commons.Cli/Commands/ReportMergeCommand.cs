using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Commons.Cli.Reports;
using Commons.Cli.Reports.Merge;

namespace Commons.Cli.Commands
{
    /// <summary>
    /// <c>commons report merge FILE.json…</c>: joins the JSON reports of several <c>scan</c> runs (one CI job per
    /// repository) into one fleet, then writes it like a scan: text, JSON or SARIF, and the HTML page and CSV.
    /// </summary>
    internal static class ReportMergeCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var c = CliText.RunCulture;
            var files = new Argument<string[]>("file") { Description = CliText.Get("Merge_FileDescription", c), Arity = ArgumentArity.OneOrMore };
            CommonOptions.RejectUnknownOptions(files, c);
            var options = new CommonOptions();
            var report = new Option<string?>("--report") { Description = CliText.Get("Option_Report", c) };
            var csv = new Option<string?>("--csv") { Description = CliText.Get("Option_Csv", c) };
            var merge = new Command("merge", CliText.Get("Merge_Description", c)) { files, report, csv };
            options.AddTo(merge);
            merge.SetAction(parse =>
            {
                var settings = options.Read(parse, stderr);
                if (settings == null)
                {
                    return ExitCodes.Usage;
                }

                try
                {
                    return Run(parse.GetValue(files) ?? Array.Empty<string>(), settings, parse.GetValue(report), parse.GetValue(csv), stdout, stderr);
                }
                catch (OutOfMemoryException)
                {
                    // Reports too large for this machine's memory: a sentence and the usage code, never a stack trace
                    // nor exit 1 (which says "error findings").
                    stderr.WriteLine("commons: " + CliText.Get("Merge_OutOfMemory", settings.Culture));
                    return ExitCodes.Usage;
                }
                catch (MergeInputException ex)
                {
                    // A report changed or became unreadable while the outputs were written: the output file being
                    // written is removed (FleetOutput.TryWrite); what went to stdout already stays there.
                    stderr.WriteLine("commons: " + CliText.Format(settings.Culture, ex.ReasonKey, ex.File, ex.Detail));
                    return ExitCodes.Usage;
                }
                catch (IOException ex)
                {
                    stderr.WriteLine("commons: " + CliText.Format(settings.Culture, "Usage_CannotWrite", "stdout", ex.Message));
                    return ExitCodes.Usage;
                }
            });
            return new Command("report", CliText.Get("Report_Description", c)) { merge, ReportTrendCommand.Create(stdout, stderr) };
        }

        private static int Run(IReadOnlyList<string> files, Output.OutputSettings settings, string? html, string? csv, TextWriter stdout, TextWriter stderr)
        {
            // The reports are read again while the outputs are written: an output over one of them would cut it first.
            var inputs = new HashSet<string>(files.Select(Path.GetFullPath), StringComparer.Ordinal);
            if (new[] { settings.OutputPath, html, csv }.FirstOrDefault(o => o != null && inputs.Contains(Path.GetFullPath(o))) is { } clash)
            {
                stderr.WriteLine("commons: " + CliText.Format(settings.Culture, "Merge_OutputIsInput", clash));
                return ExitCodes.Usage;
            }

            var parts = ScanReportFiles.Read(files, settings.Culture, stderr, "Merge_NotAScanReport", IndexedScanReport.Read);
            if (parts == null)
            {
                return ExitCodes.Usage;
            }

            return FleetOutput.Write(Merge(parts.Select(p => p.Scan).ToList(), settings.Culture.TwoLetterISOLanguageName), settings, html, csv, stdout, stderr);
        }

        /// <summary>
        /// Repositories in name order; a name seen twice (two jobs, same folder name) gets its report's number. The
        /// findings stay in their files, read again for each output (<see cref="FileFindings"/>).
        /// </summary>
        internal static FleetReport Merge(IReadOnlyList<IndexedScanReport> parts, string language)
        {
            var findings = new FileFindings();
            var repositories = new List<RepositoryReport>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (part, index) in parts.Select((p, i) => (p, i)))
            {
                foreach (var indexed in part.Repositories)
                {
                    var repository = indexed.Report;
                    if (!names.Add(repository.Name))
                    {
                        repository.Name += " (" + (index + 1) + ")";
                        names.Add(repository.Name);
                    }

                    // One job scanned one repository, its paths relative to it: in the fleet, they are relative to the
                    // fleet, as if the repositories had been scanned side by side in one folder.
                    if (repository.Path.Length == 0)
                    {
                        repository.Path = repository.Name;
                        indexed.FilePrefix = repository.Name + "/";
                        foreach (var skipped in repository.Skipped)
                        {
                            skipped.Path = repository.Name + "/" + skipped.Path;
                        }
                    }

                    findings.Add(indexed);
                    repositories.Add(repository);
                }
            }

            return new FleetReport
            {
                Version = parts.Select(p => p.Version).FirstOrDefault() ?? Output.CheckReport.ToolVersion,
                Date = parts.Select(p => p.Date).DefaultIfEmpty(string.Empty).Max(StringComparer.Ordinal) ?? string.Empty,
                Language = language,
                Repositories = repositories.OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
                FindingSource = findings,
            };
        }
    }
}
