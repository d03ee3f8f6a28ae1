using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.RecordFileAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>The record's findings on the record while it is edited: in the IDE only (CommonsLiveRecord, handed to the analyzers as _CommonsLiveRecord), never in a command-line build.</summary>
    public class RecordFileAnalyzerTests
    {
        private static readonly string Expiring = Records.Exception("notifications", "2026-12-10");

        [Fact]
        public Task In_the_IDE_the_record_findings_are_reported_on_the_record_in_the_build_language()
        {
            var test = new Verify("class C { }", record: Expiring.Replace("nature: autre", "nature: inconnue"))
                .WithBuildProperties(("_CommonsLiveRecord", "true"), ("CommonsToday", "2026-11-28"), ("CommonsLanguage", "en"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN0011", DiagnosticSeverity.Error).WithSpan("commons-decision.yml", 4, 11, 4, 19).WithMessage(null));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN0202", DiagnosticSeverity.Warning).WithSpan("commons-decision.yml", 12, 15, 12, 25).WithMessage(
                "The exception for brick 'notifications' expires on 2026-12-10 (in 12 days). Plan the move to the common component, or renew the exception before then."));
            return test.RunAsync();
        }

        [Fact]
        public Task In_a_command_line_build_the_task_reports_them_and_the_analyzer_stays_quiet()
        {
            var test = new Verify("class C { }", record: Expiring.Replace("nature: autre", "nature: inconnue"))
                .WithBuildProperties(("CommonsToday", "2026-11-28"));
            return test.RunAsync();
        }

        [Fact]
        public Task A_brick_the_organisation_catalog_opened_turns_the_exception_into_cn0211_while_it_is_typed()
        {
            const string opensNotifications = "version: 1\nbricks:\n  - id: notifications\n    status: available\n    common: { package: Gouv.Notifications, namespace: Gouv.Notifications }\n";
            var test = new Verify("class C { }", record: Expiring, catalog: opensNotifications)
                .WithBuildProperties(("_CommonsLiveRecord", "true"), ("CommonsToday", "2026-11-28"), ("CommonsLanguage", "en"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN0211", DiagnosticSeverity.Warning).WithSpan("commons-decision.yml", 10, 12, 10, 21).WithMessage(null));
            return test.RunAsync();
        }

        [Fact]
        public Task Other_additional_files_are_not_read_as_a_record()
        {
            var test = new Verify("class C { }").WithBuildProperties(("_CommonsLiveRecord", "true"));
            test.TestState.AdditionalFiles.Add(("notes.yml", "not: [a record"));
            return test.RunAsync();
        }
    }
}
