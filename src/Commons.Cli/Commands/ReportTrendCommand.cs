using System;
using System.CommandLine;
using System.IO;
using Commons.Cli.Reports;
using Commons.Cli.Reports.Trend;

namespace Commons.Cli.Commands
{
    /// <summary>
    /// <c>commons report trend SCAN.json…</c>: scans of one fleet at different dates (<c>scan --format json</c>), as
    /// the counts per date of repositories with errors, exceptions open and past due, and findings per brick: a table
    /// (text or JSON) and, with <c>--report</c>, a page of charts. Scans of another fleet or version are refused (exit 2).
    /// </summary>
    internal static class ReportTrendCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var c = CliText.RunCulture;
            var files = new Argument<string[]>("file") { Description = CliText.Get("Trend_FileDescription", c), Arity = ArgumentArity.OneOrMore };
            CommonOptions.RejectUnknownOptions(files, c);
            var format = new Option<string>("--format", "-f") { Description = CliText.Get("Trend_Option_Format", c) };
            format.AcceptOnlyFromAmong("text", "json");
            var language = new Option<string>("--lang") { Description = CliText.Get("Option_Lang", c) };
            language.AcceptOnlyFromAmong("fr", "en");
            var report = new Option<string?>("--report") { Description = CliText.Get("Trend_Option_Report", c) };
            var trend = new Command("trend", CliText.Get("Trend_Description", c)) { files, format, language, report };
            trend.SetAction(parse =>
            {
                var culture = CliText.CultureFor(parse.GetValue(language) ?? "fr");
                var scans = ScanReportFiles.Read(parse.GetValue(files) ?? Array.Empty<string>(), culture, stderr, "Trend_NotAScanReport");
                if (scans == null)
                {
                    return ExitCodes.Usage;
                }

                FleetTrend result;
                try
                {
                    result = FleetTrend.Of(scans);
                }
                catch (TrendRefusedException ex)
                {
                    stderr.WriteLine("commons: " + CliText.Format(culture, ex.ReasonKey, ex.Arguments));
                    return ExitCodes.Usage;
                }

                if (parse.GetValue(format) == "json")
                {
                    stdout.WriteLine(result.ToJson());
                }
                else
                {
                    TrendTextWriter.Write(result, culture, stdout);
                }

                var page = parse.GetValue(report);
                return page == null || FleetOutput.TryWrite(page, stdout, stderr, culture, writer => TrendHtmlWriter.Write(result, culture, writer)) ? ExitCodes.Success : ExitCodes.Usage;
            });
            return trend;
        }
    }
}
