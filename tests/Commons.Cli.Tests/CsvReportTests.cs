using Commons.Cli.Reports;

namespace Commons.Cli.Tests;

/// <summary>
/// The CSV report, whole and cell by cell: the byte order mark and header, a repository without findings (one row,
/// empty finding cells), solutions joined, absent nature and project as empty cells, formula cells neutralised and
/// RFC 4180 quoting. Written from the mutation run's survivors (issue 21, point 10): the other tests looked at the
/// first header cells and one row.
/// </summary>
public class CsvReportTests
{
    [Fact]
    public void The_report_is_a_bom_a_header_and_one_row_per_finding_or_per_repository_without_any()
    {
        var report = new FleetReport
        {
            Repositories =
            {
                new RepositoryReport
                {
                    Name = "portail",
                    Path = "apps/portail",
                    Record = "valid",
                    ProjectName = "Portail des aides",
                    Nature = "demarche-en-ligne",
                    Solutions = new Dictionary<string, string> { ["front-usager"] = "demarches-simplifiees", ["site"] = "ondine" },
                    Findings =
                    {
                        new FindingEntry { Id = "CN1004", Severity = "error", File = "src/Mail.cs", Line = 9, Column = 28, Message = "notifications, \"commun\"" },
                        new FindingEntry { Id = "CN0012", Severity = "warning", File = "commons-decision.yml", Line = 12, Column = 1, Message = "=cmd" },
                    },
                },
                new RepositoryReport { Name = "vide", Path = "vide", Record = "missing" },
            },
        };
        var writer = new StringWriter();

        CsvReportWriter.Write(report, writer);

        Assert.Equal(
            "\uFEFFrepository,path,record,nature,project,solutions,id,severity,file,line,column,message\r\n"
            + "portail,apps/portail,valid,demarche-en-ligne,Portail des aides,front-usager=demarches-simplifiees; site=ondine,CN1004,error,src/Mail.cs,9,28,\"notifications, \"\"commun\"\"\"\r\n"
            + "portail,apps/portail,valid,demarche-en-ligne,Portail des aides,front-usager=demarches-simplifiees; site=ondine,CN0012,warning,commons-decision.yml,12,1,'=cmd\r\n"
            + "vide,vide,missing,,,,,,,,,\r\n",
            writer.ToString());
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1", "'+33 1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a=b", "a=b")]
    [InlineData(",x", "\",x\"")]
    [InlineData("x,", "\"x,\"")]
    [InlineData("\"q\"", "\"\"\"q\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("it's", "it's")]
    public void A_cell_is_neutralised_then_quoted_when_it_must_be(string value, string cell) =>
        Assert.Equal(cell, CsvReportWriter.Cell(value));
}
