using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Commons.Cli.Output;

namespace Commons.Cli.Commands
{
    /// <summary>The options every reporting command shares: --format, --lang, --today, --output.</summary>
    internal sealed class CommonOptions
    {
        private readonly Option<string> _format;
        private readonly Option<string> _language;
        private readonly Option<string?> _today;
        private readonly Option<string?> _output;

        /// <param name="formats">The --format values the command writes (default: text, json, sarif).</param>
        public CommonOptions(params string[] formats)
        {
            var culture = CliText.RunCulture;
            _format = new Option<string>("--format", "-f")
            {
                Description = CliText.Get("Option_Format", culture),
            };
            _format.AcceptOnlyFromAmong(formats.Length > 0 ? formats : new[] { "text", "json", "sarif" });
            _language = new Option<string>("--lang")
            {
                Description = CliText.Get("Option_Lang", culture),
            };
            _language.AcceptOnlyFromAmong("fr", "en");
            _today = new Option<string?>("--today") { Description = CliText.Get("Option_Today", culture) };
            _output = new Option<string?>("--output", "-o") { Description = CliText.Get("Option_Output", culture) };
        }

        /// <summary>
        /// A misspelt option (<c>--formt</c>) would otherwise be taken for a path and reported as a missing record:
        /// a path argument that starts with '-' and names nothing on disk is a usage error (exit code 2).
        /// </summary>
        public static void RejectUnknownOptions(Argument<string[]> paths, CultureInfo culture)
        {
            paths.Validators.Add(result =>
            {
                foreach (var token in result.Tokens)
                {
                    if (token.Value.StartsWith("-", StringComparison.Ordinal) && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    {
                        result.AddError(CliText.Format(culture, "Usage_UnknownOption", token.Value));
                    }
                }
            });
        }

        /// <summary>For a command whose formats differ from the common list, the words of its --format help.</summary>
        public string FormatDescription
        {
            set => _format.Description = value;
        }

        public void AddTo(Command command)
        {
            command.Options.Add(_format);
            command.Options.Add(_language);
            command.Options.Add(_today);
            command.Options.Add(_output);
        }

        /// <summary>The settings, or null after telling the user what is wrong (exit code 2).</summary>
        public OutputSettings? Read(ParseResult parseResult, TextWriter stderr)
        {
            var culture = CliText.CultureFor(parseResult.GetValue(_language) ?? "fr");
            var today = DateTime.Today;
            var todayText = parseResult.GetValue(_today);
            if (todayText != null && !DateTime.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
            {
                stderr.WriteLine("commons: " + CliText.Format(culture, "Usage_BadToday", todayText));
                return null;
            }

            var format = parseResult.GetValue(_format) switch
            {
                "json" => ReportFormat.Json,
                "sarif" => ReportFormat.Sarif,
                _ => ReportFormat.Text,
            };
            return new OutputSettings(format, culture, today.Date, parseResult.GetValue(_output));
        }
    }
}
