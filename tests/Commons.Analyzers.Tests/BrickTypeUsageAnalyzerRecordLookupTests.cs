using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickTypeUsageAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>
    /// Which additional file is the record: the one the package marks (CommonsRole=record, as for
    /// CommonsDecisionFile=policy/decision.yml), whatever its name; else the one named commons-decision.yml.
    /// </summary>
    public class BrickTypeUsageAnalyzerRecordLookupTests
    {
        private const string Mailer = "class Mailer { object M() => {|#0:new System.Net.Mail.SmtpClient()|}; }";

        private const string RecordPath = "/0/policy/decision.yml";

        [Fact]
        public Task A_record_with_another_name_marked_by_the_package_is_read()
        {
            var test = new Verify(Mailer);
            test.TestState.AdditionalFiles.Add((RecordPath, Records.With("  notifications: commun\n")));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Marked(RecordPath)));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1004", DiagnosticSeverity.Error).WithLocation(0));
            return test.RunAsync();
        }

        [Fact]
        public Task A_file_with_another_name_and_no_mark_is_not_the_record()
        {
            var test = new Verify(Mailer);
            test.TestState.AdditionalFiles.Add((RecordPath, Records.With("  notifications: commun\n")));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1004", DiagnosticSeverity.Warning).WithLocation(0));
            return test.RunAsync();
        }

        [Fact]
        public Task The_marked_record_wins_over_a_file_named_commons_decision_yml()
        {
            // A project may carry another repository's record as a plain additional file: the package's choice counts.
            var test = new Verify(Mailer, record: Records.Exception("notifications", "2099-12-31"));
            test.TestState.AdditionalFiles.Add((RecordPath, Records.With("  notifications: commun\n")));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Marked(RecordPath)));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1004", DiagnosticSeverity.Error).WithLocation(0));
            return test.RunAsync();
        }

        private static string Marked(string path) =>
            "is_global = true\n[" + path + "]\n" + AnalysisSession.RecordRoleKey + " = " + AnalysisSession.RecordRole + "\n";
    }
}
