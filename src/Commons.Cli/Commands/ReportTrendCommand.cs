using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
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
                var scans = new List<(string File, FleetReport Scan)>();
                foreach (var file in parse.GetValue(files) ?? Array.Empty<string>())
                {
                    try
                    {
                        scans.Add((file, FleetReport.FromJson(File.ReadAllText(file))));
                    }
                    catch (NotAScanReportException ex)
                    {
                        return Refuse(stderr, CliText.Format(culture, ex.ReasonKey == "Merge_OtherFormat" ? ex.ReasonKey : "Trend_NotAScanReport", file, FleetReport.CurrentFormat));
                    }
                    catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
                    {
                        return Refuse(stderr, CliText.Format(culture, "Merge_Unreadable", file, ex.Message));
                    }
                }

                FleetTrend result;
                try
                {
                    result = FleetTrend.Of(scans);
                }
                catch (TrendRefusedException ex)
                {
                    return Refuse(stderr, CliText.Format(culture, ex.ReasonKey, ex.Arguments));
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
                return page == null || WritePage(page, result, culture, stderr) ? ExitCodes.Success : ExitCodes.Usage;
            });
            return trend;
        }

        private static int Refuse(TextWriter stderr, string sentence)
        {
            stderr.WriteLine("commons: " + sentence);
            return ExitCodes.Usage;
        }

        private static bool WritePage(string path, FleetTrend trend, System.Globalization.CultureInfo culture, TextWriter stderr)
        {
            try
            {
                using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
                TrendHtmlWriter.Write(trend, culture, writer);
                return true;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                stderr.WriteLine("commons: " + CliText.Format(culture, "Usage_CannotWrite", path, ex.Message));
                return false;
            }
        }
    }
}
