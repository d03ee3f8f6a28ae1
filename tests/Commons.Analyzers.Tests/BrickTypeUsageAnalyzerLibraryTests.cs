using System.Threading.Tasks;
using Xunit;
using Verify = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickTypeUsageAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>BrickTypeUsageAnalyzer on ged, statistiques and the other bricks whose signatures are types, with the real libraries.</summary>
    public class BrickTypeUsageAnalyzerLibraryTests
    {
        [Fact]
        public Task ged_an_AmazonS3Client_is_reported() => Verify.Run(@"
class Storage { object Client() => {|CN1005:new Amazon.S3.AmazonS3Client()|}; }", References.S3);

        [Fact]
        public Task ged_an_injected_TransferUtility_is_reported() => Verify.Run(@"
class Storage { public Storage(Amazon.S3.Transfer.TransferUtility {|CN1005:transfer|}) { } }", References.S3);

        [Fact]
        public Task ged_a_MinioClient_is_reported() => Verify.Run(@"
class Storage { object Client() => {|CN1005:new Minio.MinioClient()|}; }", References.Minio);

        [Fact]
        public Task statistiques_a_ClosedXML_workbook_is_reported() => Verify.Run(@"
class Export
{
    void Write()
    {
        using var workbook = {|CN1003:new ClosedXML.Excel.XLWorkbook()|};
    }
}", References.ClosedXml);

        [Fact]
        public Task statistiques_an_EPPlus_package_is_reported() => Verify.Run(@"
class Export
{
    void Write()
    {
        using var package = {|CN1003:new OfficeOpenXml.ExcelPackage()|};
    }
}", References.EPPlus);

        [Fact]
        public Task statistiques_a_class_named_ExcelExport_without_a_library_is_not_reported() => Verify.Run(@"
class ExcelExport { public string Csv(string[] rows) => string.Join(""\n"", rows); }", References.ClosedXml);
    
        [Fact]
        public Task statistiques_and_publipostage_Open_XML_documents_are_reported() => Verify.Run(@"
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
class Documents
{
    void Sheet(string path) { using var doc = {|CN1003:SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook)|}; }
    void Letter(string path) { using var doc = {|CN1006:WordprocessingDocument.Open(path, true)|}; }
}", References.OpenXml);
    }
}
