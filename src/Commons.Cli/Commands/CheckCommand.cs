using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Commons.Cli.Output;
using Commons.Engine.Catalog;
using Commons.Engine.Record;

namespace Commons.Cli.Commands
{
    /// <summary><c>commons check [PATH…]</c>: validates records with the same engine as the build.</summary>
    internal static class CheckCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var culture = CliText.RunCulture;
            var paths = new Argument<string[]>("path")
            {
                Description = CliText.Get("Check_PathDescription", culture),
                Arity = ArgumentArity.ZeroOrMore,
            };
            CommonOptions.RejectUnknownOptions(paths, culture);
            var options = new CommonOptions();
            var audit = new Option<bool>("--audit") { Description = Audit.AuditRules.Get("Option_Audit", culture) };
            var failOnUnjustified = new Option<bool>("--fail-on-unjustified") { Description = Audit.AuditRules.Get("Option_FailOnUnjustified", culture) };
            var command = new Command("check", CliText.Get("Check_Description", culture)) { paths, audit, failOnUnjustified };
            options.AddTo(command);

            command.SetAction(parseResult =>
            {
                var settings = options.Read(parseResult, stderr);
                if (settings == null)
                {
                    return ExitCodes.Usage;
                }

                var given = parseResult.GetValue(paths) ?? Array.Empty<string>();
                var folders = given.Length == 0 ? new[] { "." } : given;
                var problems = folders.Select(path => PathProblem(path, settings.Culture)).OfType<string>().ToList();
                if (problems.Count > 0)
                {
                    problems.ForEach(problem => stderr.WriteLine("commons: " + problem));
                    return ExitCodes.Usage;
                }

                var fail = parseResult.GetValue(failOnUnjustified);
                return parseResult.GetValue(audit) || fail
                    ? RunWithAudit(folders, settings, fail, stdout, stderr)
                    : Run(folders, settings, stdout, stderr);
            });
            return command;
        }

        internal static int Run(IReadOnlyList<string> paths, OutputSettings settings, TextWriter stdout, TextWriter stderr)
        {
            var results = paths.Select(path => Validate(path, settings)).ToList();
            var report = new CheckReport(results, settings.Culture);
            if (!ReportWriter.TryWrite(report, settings, stdout, stderr))
            {
                return ExitCodes.Usage;
            }

            return results.Any(r => r.HasErrors) ? ExitCodes.Findings : ExitCodes.Success;
        }

        /// <summary>
        /// <c>--audit</c>: the check, plus the integrity audit of each folder given (a record file stands for its
        /// folder). Exit code: the record's, or 1 with <c>--fail-on-unjustified</c> when a weakening has no justification.
        /// </summary>
        internal static int RunWithAudit(IReadOnlyList<string> paths, OutputSettings settings, bool failOnUnjustified, TextWriter stdout, TextWriter stderr)
        {
            var results = paths.Select(path => Validate(path, settings)).ToList();
            var audits = paths.Select(path => Audit.IntegrityAudit.Run(AuditFolder(path), settings.Today, settings.Culture)).ToList();
            var report = new CheckReport(results, settings.Culture, audits);
            if (!ReportWriter.TryWrite(report, settings, stdout, stderr))
            {
                return ExitCodes.Usage;
            }

            if (results.Any(r => r.HasErrors))
            {
                return ExitCodes.Findings;
            }

            return failOnUnjustified && audits.Any(a => a.UnjustifiedCount > 0) ? ExitCodes.Findings : ExitCodes.Success;
        }

        /// <summary>
        /// The engine as the build runs it, plus the editor's schema line (CN0016), which only check reports. The record is
        /// read with the shipped catalog extended by the commons-catalog.yml beside it, as the build, the scan and the
        /// analyzers read it: a brick the organisation has opened makes its exceptions CN0211.
        /// </summary>
        private static ValidationResult Validate(string path, OutputSettings settings)
        {
            var record = ResolveRecordPath(path);
            var folder = Path.GetDirectoryName(Path.GetFullPath(record)) ?? ".";
            var options = new ValidationOptions { Culture = settings.Culture, Today = () => settings.Today, CheckSchemaLine = true };
            return new RecordValidator(options, catalog: OrganisationCatalogFile.Extend(BrickCatalog.Embedded, folder)).ValidateFile(record);
        }

        private static string AuditFolder(string path) =>
            File.Exists(path) ? (Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".") : path;

        /// <summary>
        /// Why a path given to check is a usage error, or null. A path that does not exist is a typo, not a missing record
        /// (CN0001 stays for a folder without a record, or a commons-decision.yml named in a folder that exists); a record
        /// path that is a folder can be neither read nor created.
        /// </summary>
        internal static string? PathProblem(string path, CultureInfo culture)
        {
            var record = ResolveRecordPath(path);
            if (Directory.Exists(record))
            {
                return CliText.Format(culture, "Usage_RecordIsAFolder", record);
            }

            var namesARecord = string.Equals(Path.GetFileName(record), RecordValidator.FileName, StringComparison.OrdinalIgnoreCase)
                && Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(record)));
            return File.Exists(record) || namesARecord ? null : CliText.Format(culture, "Check_PathNotFound", path);
        }

        /// <summary>A folder stands for the record at its root; anything else is taken as the record itself.</summary>
        internal static string ResolveRecordPath(string path) =>
            Directory.Exists(path) && !path.EndsWith(RecordValidator.FileName, StringComparison.OrdinalIgnoreCase)
                ? Path.Combine(path, RecordValidator.FileName)
                : path;
    }
}
