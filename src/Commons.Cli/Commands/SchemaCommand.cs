using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Commons.Engine.Record;

namespace Commons.Cli.Commands
{
    /// <summary>
    /// <c>commons schema [--output FILE]</c>: prints the record's JSON schema, for editors with no internet (point the
    /// record's <c># yaml-language-server: $schema=</c> line, or VS Code's yaml.schemas setting, at the copy).
    /// </summary>
    internal static class SchemaCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var c = CliText.RunCulture;
            var output = new Option<string?>("--output", "-o") { Description = CliText.Get("Option_Output", c) };
            var language = new Option<string>("--lang") { Description = CliText.Get("Option_Lang", c) };
            language.AcceptOnlyFromAmong("fr", "en");
            var command = new Command("schema", CliText.Get("Schema_Description", c)) { output, language };
            command.SetAction(parse =>
            {
                var file = parse.GetValue(output);
                if (file == null)
                {
                    stdout.Write(RecordSchema.Json);
                    return ExitCodes.Success;
                }

                try
                {
                    File.WriteAllText(file, RecordSchema.Json, new UTF8Encoding(false));
                    return ExitCodes.Success;
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
                {
                    stderr.WriteLine("commons: " + CliText.Format(CliText.CultureFor(parse.GetValue(language) ?? "fr"), "Usage_CannotWrite", file, ex.Message));
                    return ExitCodes.Usage;
                }
            });
            return command;
        }
    }
}
