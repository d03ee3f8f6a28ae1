using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Commons.Cli.Reports
{
    /// <summary>
    /// One row per finding, plus one row per repository without any, for spreadsheets: RFC 4180 quoting, a UTF-8 BOM
    /// so Excel reads the accents, and cells that would start a formula (=, +, -, @) prefixed with a quote.
    /// </summary>
    internal static class CsvReportWriter
    {
        private static readonly string[] Header =
        {
            "repository", "path", "record", "nature", "project", "solutions", "id", "severity", "file", "line", "column", "message",
        };

        public static void Write(FleetReport report, TextWriter writer)
        {
            writer.Write('\uFEFF');
            Row(writer, Header);
            foreach (var repository in report.Repositories)
            {
                var solutions = string.Join("; ", repository.Solutions.Select(s => s.Key + "=" + s.Value));
                var fixedCells = new[] { repository.Name, repository.Path, repository.Record, repository.Nature ?? string.Empty, repository.ProjectName ?? string.Empty, solutions };
                if (report.TallyOf(repository).Count == 0)
                {
                    Row(writer, fixedCells.Concat(new[] { string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty }));
                }

                foreach (var finding in report.FindingsOf(repository))
                {
                    Row(writer, fixedCells.Concat(new[] { finding.Id, finding.Severity, finding.File, finding.Line.ToString(), finding.Column.ToString(), finding.Message }));
                }
            }
        }

        private static void Row(TextWriter writer, IEnumerable<string> cells)
        {
            writer.Write(string.Join(",", cells.Select(Cell)));
            writer.Write("\r\n");
        }

        internal static string Cell(string value)
        {
            if (value.Length > 0 && "=+-@\t\r".IndexOf(value[0]) >= 0)
            {
                value = "'" + value; // a spreadsheet would run it as a formula
            }

            return value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
        }
    }
}
