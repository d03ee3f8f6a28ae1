using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Commons.Cli.Init;
using Commons.Engine.Advice;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Policy;
using Commons.Engine.Record;
using Spectre.Console;

namespace Commons.Cli.Commands
{
    /// <summary>
    /// <c>commons init [FOLDER]</c>: writes a commons-decision.yml by walking the tree. Interactive on a terminal;
    /// with options (and <c>--non-interactive</c>, or when input or output is redirected) for scripts and tests.
    /// The record is validated by the engine before it is written: init never writes a record that check refuses.
    /// </summary>
    internal static class InitCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr, Func<IAnsiConsole?> interactiveConsole)
        {
            var c = CliText.RunCulture;
            var folder = new Argument<string>("folder") { Description = CliText.Get("Init_FolderDescription", c), Arity = ArgumentArity.ZeroOrOne };
            var nature = new Option<string?>("--nature") { Description = CliText.Get("Init_Option_Nature", c) };
            var name = new Option<string?>("--name") { Description = CliText.Get("Init_Option_Name", c) };
            var owner = new Option<string?>("--owner") { Description = CliText.Get("Init_Option_Owner", c) };
            var date = new Option<string?>("--date") { Description = CliText.Get("Init_Option_Date", c) };
            var description = new Option<string?>("--description") { Description = CliText.Get("Init_Option_Description", c) };
            var solution = new Option<string?>("--solution") { Description = CliText.Get("Init_Option_Solution", c) };
            var needs = new Option<string[]>("--needs") { Description = CliText.Get("Init_Option_Needs", c), AllowMultipleArgumentsPerToken = true };
            var justification = new Option<string?>("--justification") { Description = CliText.Get("Init_Option_Justification", c) };
            var backOffice = new Option<string?>("--back-office") { Description = CliText.Get("Init_Option_BackOffice", c) };
            var limits = new Option<string[]>("--glpi-limits") { Description = CliText.Get("Init_Option_GlpiLimits", c), AllowMultipleArgumentsPerToken = true };
            var compromise = new Option<bool>("--compromise-sought") { Description = CliText.Get("Init_Option_Compromise", c) };
            var ruledOut = new Option<string[]>("--ruled-out") { Description = CliText.Get("Init_Option_RuledOut", c) };
            var backJustification = new Option<string?>("--back-office-justification") { Description = CliText.Get("Init_Option_BackJustification", c) };
            var control = new Option<string?>("--data-model-control") { Description = CliText.Get("Init_Option_DataModel", c) };
            control.AcceptOnlyFromAmong("true", "false");
            var bricks = new Option<string[]>("--brick") { Description = CliText.Get("Init_Option_Brick", c) };
            var exceptions = new Option<string[]>("--exception") { Description = CliText.Get("Init_Option_Exception", c) };
            var force = new Option<bool>("--force") { Description = CliText.Get("Init_Option_Force", c) };
            var localSchema = new Option<bool>("--schema-local") { Description = CliText.Get("Init_Option_SchemaLocal", c) };
            var publishedSchema = new Option<bool>("--schema-published") { Description = CliText.Get("Init_Option_SchemaPublished", c) };
            var nonInteractive = new Option<bool>("--non-interactive") { Description = CliText.Get("Init_Option_NonInteractive", c) };
            var language = new Option<string>("--lang") { Description = CliText.Get("Option_Lang", c) };
            language.AcceptOnlyFromAmong("fr", "en");
            var today = new Option<string?>("--today") { Description = CliText.Get("Option_Today", c) };

            var command = new Command("init", CliText.Get("Init_Description", c))
            {
                folder, nature, name, owner, date, description, solution, needs, justification, backOffice, limits, compromise,
                ruledOut, backJustification, control, bricks, exceptions, force, localSchema, publishedSchema, nonInteractive, language, today,
            };

            command.SetAction(parse =>
            {
                var culture = CliText.CultureFor(parse.GetValue(language) ?? "fr");
                var problems = new List<string>();
                var todayDate = ParseDate(parse.GetValue(today), "--today", culture, problems) ?? DateTime.Today;
                var answers = new InitAnswers
                {
                    Nature = parse.GetValue(nature),
                    Name = parse.GetValue(name),
                    Owner = parse.GetValue(owner),
                    Date = ParseDate(parse.GetValue(date), "--date", culture, problems),
                    Description = parse.GetValue(description),
                    Solution = parse.GetValue(solution),
                    Needs = SplitList(parse.GetValue(needs)),
                    Justification = parse.GetValue(justification),
                    BackOffice = parse.GetValue(backOffice),
                    GlpiLimits = SplitList(parse.GetValue(limits)) ?? new List<string>(),
                    CompromiseSought = parse.GetValue(compromise) ? true : (bool?)null,
                    BackOfficeJustification = parse.GetValue(backJustification),
                    DataModelControl = parse.GetValue(control) is string b ? b == "true" : (bool?)null,
                };
                ReadRuledOut(parse.GetValue(ruledOut), answers, culture, problems);
                ReadBricks(parse.GetValue(bricks), parse.GetValue(exceptions), answers, culture, problems);
                if (parse.GetValue(localSchema) && parse.GetValue(publishedSchema))
                {
                    problems.Add(CliText.Get("Init_SchemaBoth", culture));
                }

                if (problems.Count > 0)
                {
                    return Usage(stderr, problems);
                }

                var console = parse.GetValue(nonInteractive) ? null : interactiveConsole();
                var writeLocalSchema = parse.GetValue(localSchema) || (!parse.GetValue(publishedSchema) && RecordSchema.LocalByDefault);
                return Run(parse.GetValue(folder) ?? ".", answers, parse.GetValue(force), writeLocalSchema, culture, todayDate, console, stdout, stderr);
            });
            return command;
        }

        internal static int Run(string folder, InitAnswers answers, bool force, bool localSchema, CultureInfo culture, DateTime today, IAnsiConsole? console, TextWriter stdout, TextWriter stderr)
        {
            var path = Path.Combine(folder, RecordValidator.FileName);
            if (Directory.Exists(path))
            {
                // Neither --force nor the write can help: say it before the questions, in the run's language.
                stderr.WriteLine("commons: " + CliText.Format(culture, "Usage_RecordIsAFolder", path));
                return ExitCodes.Usage;
            }

            if (File.Exists(path) && !force)
            {
                stderr.WriteLine("commons: " + CliText.Format(culture, "Init_Exists", path));
                return ExitCodes.Usage;
            }

            var tree = PolicyTree.Embedded;
            var catalog = BrickCatalog.Embedded;
            var advisor = new DecisionAdvisor(tree, culture);
            if (console != null)
            {
                new InitWizard(console, advisor, catalog, culture, today).Ask(answers);
            }

            // The planner runs in both modes: after the wizard it only re-checks what was asked.
            var advice = new List<string>();
            var problems = new InitPlanner(advisor, catalog, culture).Complete(answers, advice);
            if (console == null)
            {
                // The wizard already said it before each choice; without one, this is where the user learns it.
                foreach (var sentence in advice)
                {
                    stdout.WriteLine("→ " + sentence);
                }
            }

            if (problems.Count > 0)
            {
                return Usage(stderr, problems);
            }

            var yaml = RecordWriter.Write(answers, tree, catalog, today, localSchema ? RecordSchema.LocalModeline : RecordSchema.PublishedModeline);
            var check = new RecordValidator(new ValidationOptions { Culture = culture, Today = () => today }).ValidateText(yaml, path);
            if (check.HasErrors)
            {
                // A justification that is a placeholder, a date already past…: say what the engine says, write nothing.
                foreach (var finding in check.Findings)
                {
                    stderr.WriteLine(finding.ToCanonicalString());
                }

                stderr.WriteLine("commons: " + CliText.Get("Init_NotWritten", culture));
                return ExitCodes.Usage;
            }

            try
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(path, yaml, new UTF8Encoding(false));
                if (localSchema)
                {
                    // Completion with no internet: the schema beside the record, named by the record's first line.
                    File.WriteAllText(Path.Combine(folder, RecordSchema.LocalFileName), RecordSchema.Json, new UTF8Encoding(false));
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                stderr.WriteLine("commons: " + CliText.Format(culture, "Usage_CannotWrite", path, ex.Message));
                return ExitCodes.Usage;
            }

            foreach (var warning in check.Findings.Where(f => f.Severity == FindingSeverity.Warning))
            {
                stdout.WriteLine(warning.ToCanonicalString());
            }

            stdout.WriteLine(CliText.Format(culture, "Init_Written", path));
            if (localSchema)
            {
                stdout.WriteLine(CliText.Format(culture, "Init_SchemaWritten", Path.Combine(folder, RecordSchema.LocalFileName)));
            }
            return ExitCodes.Success;
        }

        private static int Usage(TextWriter stderr, IEnumerable<string> problems)
        {
            foreach (var problem in problems)
            {
                stderr.WriteLine("commons: " + problem);
            }

            return ExitCodes.Usage;
        }

        /// <summary><c>--needs nir,franceconnect</c> and <c>--needs nir --needs franceconnect</c> mean the same.</summary>
        private static List<string>? SplitList(string[]? values) =>
            values == null || values.Length == 0
                ? null
                : values.SelectMany(v => v.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)).Select(v => v.Trim()).Distinct().ToList();

        private static DateTime? ParseDate(string? text, string option, CultureInfo culture, List<string> problems)
        {
            if (text == null)
            {
                return null;
            }

            if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            problems.Add(CliText.Format(culture, "Init_BadDate", option, text));
            return null;
        }

        private static void ReadRuledOut(string[]? values, InitAnswers answers, CultureInfo culture, List<string> problems)
        {
            foreach (var value in values ?? Array.Empty<string>())
            {
                var equals = value.IndexOf('=');
                if (equals <= 0)
                {
                    problems.Add(CliText.Format(culture, "Init_BadPair", "--ruled-out", value, "glpi-api=..."));
                    continue;
                }

                answers.RuledOut[value.Substring(0, equals).Trim()] = value.Substring(equals + 1).Trim();
            }
        }

        /// <summary><c>--brick notifications=commun</c>; <c>--exception ged=2027-06-30:why</c> for the long form.</summary>
        private static void ReadBricks(string[]? bricks, string[]? exceptions, InitAnswers answers, CultureInfo culture, List<string> problems)
        {
            foreach (var value in bricks ?? Array.Empty<string>())
            {
                var equals = value.IndexOf('=');
                if (equals <= 0)
                {
                    problems.Add(CliText.Format(culture, "Init_BadPair", "--brick", value, "notifications=commun"));
                    continue;
                }

                answers.Bricks.Add(new BrickAnswer(value.Substring(0, equals).Trim(), value.Substring(equals + 1).Trim()));
            }

            foreach (var value in exceptions ?? Array.Empty<string>())
            {
                var equals = value.IndexOf('=');
                var colon = equals < 0 ? -1 : value.IndexOf(':', equals);
                if (equals <= 0 || colon < 0
                    || !DateTime.TryParseExact(value.Substring(equals + 1, colon - equals - 1).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiry))
                {
                    problems.Add(CliText.Format(culture, "Init_BadPair", "--exception", value, "ged=2027-06-30:justification"));
                    continue;
                }

                answers.Bricks.Add(new BrickAnswer(value.Substring(0, equals).Trim(), BrickChoices.Exception, value.Substring(colon + 1).Trim(), expiry));
            }
        }
    }
}
