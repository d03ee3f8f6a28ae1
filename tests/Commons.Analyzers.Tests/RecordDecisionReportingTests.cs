using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Commons.Analyzers.Tests.AnalyzerTest<Commons.Analyzers.BrickTypeUsageAnalyzer>;

namespace Commons.Analyzers.Tests
{
    /// <summary>How the record (commons-decision.yml) changes what is reported: every row of the spec's table.</summary>
    public class RecordDecisionReportingTests
    {
        private const string Code = "class Mailer { object M() => {|#0:new System.Net.Mail.SmtpClient()|}; }";

        [Fact]
        public Task Not_declared_is_a_warning() => Verify.Run(Code, record: Records.With("  api-ban: commun\n"),
            expected: new DiagnosticResult("CN1004", DiagnosticSeverity.Warning).WithLocation(0));

        [Fact]
        public Task Non_concerne_is_an_error_that_says_the_record_is_contradicted() => Verify.Run(Code, record: Records.With("  notifications: non-concerne\n"),
            expected: new DiagnosticResult("CN1004", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                "Brique commune « notifications » (Notifications (envois emails)) : le registre la déclare « non-concerne », mais la création de System.Net.Mail.SmtpClient la réimplémente. Supprimez la réimplémentation, ou corrigez le registre : choix: exception, avec une justification et une echeance"));

        [Fact]
        public Task Commun_is_an_error() => Verify.Run(Code, record: Records.With("  notifications: commun\n"),
            expected: new DiagnosticResult("CN1004", DiagnosticSeverity.Error).WithLocation(0));

        [Fact]
        public Task An_active_exception_is_not_reported() => Verify.Run(Code.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), record: Records.Exception("notifications", "2099-12-31"));

        [Fact]
        public Task An_expired_exception_is_a_warning_that_says_it_expired() => Verify.Run(Code, record: Records.Exception("notifications", "2020-01-31"),
            expected: new DiagnosticResult("CN1004", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "Brique commune « notifications » (Notifications (envois emails)) : la création de System.Net.Mail.SmtpClient la réimplémente. L'exception déclarée pour « notifications » dans commons-decision.yml a expiré le 2020-01-31 : renouvelez-la avec une nouvelle justification et une nouvelle echeance, ou passez au composant commun"));

        [Fact]
        public Task The_build_date_decides_when_an_exception_expires()
        {
            // CommonsToday reaches the analyzers as build_property.CommonsToday, so they agree with the task.
            var test = new Verify(Code, record: Records.Exception("notifications", "2027-06-30"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.CommonsToday = 2027-07-01\nbuild_property.CommonsLanguage = en\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1004", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "Shared brick 'notifications' (Notifications (sending e-mail)): the creation of System.Net.Mail.SmtpClient reimplements it. The exception recorded for 'notifications' in commons-decision.yml expired on 2027-06-30: renew it with a new justification and echeance, or move to the common component"));
            return test.RunAsync();
        }

        [Fact]
        public Task The_provider_repository_is_not_reported()
        {
            // The build verified the claim (remote or packed package) and says so in build_property.CommonsVerifiedProviders.
            var test = new Verify(Code.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), record: Records.With("  notifications: fournisseur\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.CommonsVerifiedProviders = ged,notifications\n"));
            return test.RunAsync();
        }

        [Fact]
        public Task A_provider_claim_the_build_did_not_verify_is_still_reported() => Verify.Run(Code, record: Records.With("  notifications: fournisseur\n"),
            expected: new DiagnosticResult("CN1004", DiagnosticSeverity.Warning).WithLocation(0));

        [Fact]
        public Task A_provider_verified_for_another_brick_does_not_cover_this_one()
        {
            var test = new Verify(Code, record: Records.With("  notifications: fournisseur\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.CommonsVerifiedProviders = notifications-bis,ged\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1004", DiagnosticSeverity.Warning).WithLocation(0));
            return test.RunAsync();
        }

        [Theory]
        [InlineData("not: [valid")]
        [InlineData("briques: 12")]
        [InlineData("&a [*a]")]
        [InlineData("")]
        public Task An_unreadable_record_declares_nothing_and_never_crashes(string record) => Verify.Run(Code, record: record,
            expected: new DiagnosticResult("CN1004", DiagnosticSeverity.Warning).WithLocation(0));
    }
}
