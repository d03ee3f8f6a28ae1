using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Commons.Engine.Files;
using Commons.Engine.Findings;
using Commons.Engine.Record;
using Commons.Engine.Yaml;

namespace Commons.Cli.Commands
{
    /// <summary>
    /// <c>commons exception add BRIQUE --justification "…" --echeance AAAA-MM-JJ [PATH]</c>: what the IDE's code fix
    /// does, for teams without a .NET IDE. Edits the record in place (comments, order and quoting kept, the same
    /// editor as the code fix) and refuses, writing nothing, an edit that makes <c>commons check</c> report a new error.
    /// </summary>
    internal static class ExceptionCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var c = CliText.RunCulture;
            var brick = new Argument<string>("brique") { Description = CliText.Get("Exception_BrickDescription", c) };
            var path = new Argument<string>("path") { Description = CliText.Get("Check_PathDescription", c), Arity = ArgumentArity.ZeroOrOne };
            var justification = new Option<string>("--justification") { Description = CliText.Get("Exception_Option_Justification", c) };
            var echeance = new Option<string>("--echeance") { Description = CliText.Get("Exception_Option_Echeance", c) };
            var language = new Option<string>("--lang") { Description = CliText.Get("Option_Lang", c) };
            language.AcceptOnlyFromAmong("fr", "en");
            var today = new Option<string?>("--today") { Description = CliText.Get("Option_Today", c) };
            var add = new Command("add", CliText.Get("Exception_Add_Description", c)) { brick, path, justification, echeance, language, today };
            add.SetAction(parse =>
            {
                var culture = CliText.CultureFor(parse.GetValue(language) ?? "fr");
                var todayDate = DateTime.Today;
                var todayText = parse.GetValue(today);
                if (todayText != null && !TryParseDate(todayText, out todayDate))
                {
                    stderr.WriteLine("commons: " + CliText.Format(culture, "Usage_BadToday", todayText));
                    return ExitCodes.Usage;
                }

                var justificationText = parse.GetValue(justification);
                var echeanceText = parse.GetValue(echeance);
                if (justificationText == null || echeanceText == null)
                {
                    stderr.WriteLine("commons: " + CliText.Format(culture, "Usage_MissingOption", justificationText == null ? "--justification" : "--echeance"));
                    return ExitCodes.Usage;
                }

                if (!TryParseDate(echeanceText, out var echeanceDate))
                {
                    stderr.WriteLine("commons: " + CliText.Format(culture, "Init_BadDate", "--echeance", echeanceText));
                    return ExitCodes.Usage;
                }

                var exception = new ExceptionEntry(justificationText, echeanceDate);
                return Add(CheckCommand.ResolveRecordPath(parse.GetValue(path) ?? "."), parse.GetValue(brick) ?? string.Empty, exception, culture, todayDate, stdout, stderr);
            });
            return new Command("exception", CliText.Get("Exception_Description", c)) { add };
        }

        internal static int Add(string recordPath, string brickId, ExceptionEntry exception, CultureInfo culture, DateTime today, TextWriter stdout, TextWriter stderr)
        {
            if (!File.Exists(recordPath))
            {
                stderr.WriteLine("commons: " + CliText.Format(culture, "Exception_NoRecord", recordPath));
                return ExitCodes.Usage;
            }

            var validator = new RecordValidator(new ValidationOptions { Culture = culture, Today = () => today });
            var before = TryRead(recordPath, out var text, out var withBom) ? validator.ValidateText(text, recordPath) : null;
            if (before == null || before.Findings.Any(IsUnreadable))
            {
                // The editor works line by line on a record it can read: a file-level error (syntax, tabs, aliases,
                // duplicate keys…) is check's to explain first.
                stderr.WriteLine("commons: " + CliText.Format(culture, "Exception_Unreadable", recordPath));
                return ExitCodes.Findings;
            }

            string edited;
            try
            {
                edited = RecordEditor.AddException(text, brickId, exception);
            }
            catch (RecordNotEditableException)
            {
                stderr.WriteLine("commons: " + CliText.Format(culture, "Exception_Unreadable", recordPath)); // the validator's checks above catch it first
                return ExitCodes.Findings;
            }

            var after = validator.ValidateText(edited, recordPath);
            var introduced = NewErrors(before.Findings, after.Findings);
            if (introduced.Count > 0)
            {
                foreach (var finding in introduced)
                {
                    stderr.WriteLine(finding.ToCanonicalString());
                }

                stderr.WriteLine("commons: " + CliText.Get("Exception_Refused", culture));
                return ExitCodes.Findings;
            }

            try
            {
                File.WriteAllText(recordPath, edited, new UTF8Encoding(withBom));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                stderr.WriteLine("commons: " + CliText.Format(culture, "Usage_CannotWrite", recordPath, ex.Message));
                return ExitCodes.Usage;
            }

            stdout.WriteLine(CliText.Format(culture, "Exception_Recorded", brickId, exception.Echeance.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), recordPath));
            return after.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
        }

        private static bool IsUnreadable(Finding finding) =>
            RecordRules.All.Any(rule => rule.Id == finding.Id && rule.Category == "file");

        /// <summary>The errors of the edited record that the record did not have already (same rule, same message).</summary>
        private static IReadOnlyList<Finding> NewErrors(IReadOnlyList<Finding> before, IReadOnlyList<Finding> after)
        {
            var existing = before.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Id + "\n" + f.Message).ToList();
            var introduced = new List<Finding>();
            foreach (var finding in after.Where(f => f.Severity == FindingSeverity.Error))
            {
                if (!existing.Remove(finding.Id + "\n" + finding.Message))
                {
                    introduced.Add(finding);
                }
            }

            return introduced;
        }

        private static bool TryRead(string path, out string text, out bool withBom)
        {
            text = string.Empty;
            withBom = false;
            try
            {
                // The record as the validator reads it: a FIFO or /dev/zero in its place is "unreadable", not a hang.
                if (!(new BoundedFileReader(ReaderLimits.Default.MaxBytes).Read(path).Bytes is byte[] bytes))
                {
                    return false;
                }

                withBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
                var start = withBom ? 3 : 0;
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
                return true;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is DecoderFallbackException)
            {
                return false;
            }
        }

        private static bool TryParseDate(string text, out DateTime date) =>
            DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
