using System;
using System.Globalization;
using System.Threading.Tasks;
using Commons.Analyzers.CodeFixes;
using Commons.Engine.Record;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Commons.Analyzers.Tests
{
    public class RecordExceptionCodeFixTests
    {
        private static readonly string Echeance = DateTime.Today.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string ExpectedEntry(string brick) =>
            "  " + brick + ":\n    choix: exception\n    justification: \"" + RecordEditor.PlaceholderJustification + "\"\n    echeance: " + Echeance + "\n";

        private static CSharpCodeFixTest<BrickTypeUsageAnalyzer, RecordExceptionCodeFixProvider, DefaultVerifier> Fix(string testCode, string fixedCode)
        {
            var test = new CSharpCodeFixTest<BrickTypeUsageAnalyzer, RecordExceptionCodeFixProvider, DefaultVerifier> { TestCode = testCode, FixedCode = fixedCode };
            test.CompileAgainst(References.Net80);
            return test;
        }

        [Fact]
        public async Task The_fix_adds_the_brick_to_the_record_and_the_diagnostic_goes_away()
        {
            var test = Fix("class Mailer { object M() => {|CN1004:new System.Net.Mail.SmtpClient()|}; }", "class Mailer { object M() => new System.Net.Mail.SmtpClient(); }");
            test.TestState.AdditionalFiles.Add(("commons-decision.yml", Records.With("  api-ban: commun\n")));
            test.FixedState.AdditionalFiles.Add(("commons-decision.yml", Records.With(ExpectedEntry("notifications") + "  api-ban: commun\n")));
            await test.RunAsync();
        }

        [Fact]
        public async Task The_fix_edits_the_record_the_package_marks_whatever_its_name()
        {
            // CommonsDecisionFile=policy/decision.yml: the fix must write there, not create a commons-decision.yml.
            const string path = "/0/policy/decision.yml";
            const string marked = "is_global = true\n[" + path + "]\n" + AnalysisSession.RecordRoleKey + " = " + AnalysisSession.RecordRole + "\n";
            var test = Fix("class Mailer { object M() => {|CN1004:new System.Net.Mail.SmtpClient()|}; }", "class Mailer { object M() => new System.Net.Mail.SmtpClient(); }");
            test.TestState.AdditionalFiles.Add((path, Records.With("  api-ban: commun\n")));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", marked));
            test.FixedState.AdditionalFiles.Add((path, Records.With(ExpectedEntry("notifications") + "  api-ban: commun\n")));
            test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", marked));
            await test.RunAsync();
        }

        [Fact]
        public async Task The_fix_replaces_a_commun_declaration_the_code_contradicts()
        {
            var test = Fix("class Mailer { object M() => {|#0:new System.Net.Mail.SmtpClient()|}; }", "class Mailer { object M() => new System.Net.Mail.SmtpClient(); }");
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1004", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0));
            test.TestState.AdditionalFiles.Add(("commons-decision.yml", Records.With("  notifications: commun # décidé en comité\n  api-ban: commun\n")));
            test.FixedState.AdditionalFiles.Add(("commons-decision.yml", Records.With(ExpectedEntry("notifications") + "  api-ban: commun\n")));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_all_writes_one_entry_per_brick_however_many_findings_and_keeps_the_comments()
        {
            // Three findings of two bricks: the testing library checks the one-by-one fixes and Fix All in the
            // document, the project and the solution; each must end on the same record.
            var test = Fix(@"
using System.Security.Cryptography;
class Accounts
{
    byte[] Hash(string password, byte[] salt) => {|CN1001:Rfc2898DeriveBytes.Pbkdf2(password, salt, 100000, HashAlgorithmName.SHA256, 32)|};
    object First() => {|CN1004:new System.Net.Mail.SmtpClient()|};
    object Second() => {|CN1004:new System.Net.Mail.SmtpClient(""smtp.example.org"")|};
}", @"
using System.Security.Cryptography;
class Accounts
{
    byte[] Hash(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 100000, HashAlgorithmName.SHA256, 32);
    object First() => new System.Net.Mail.SmtpClient();
    object Second() => new System.Net.Mail.SmtpClient(""smtp.example.org"");
}");
            test.NumberOfIncrementalIterations = 2;
            test.NumberOfFixAllIterations = 1;
            test.TestState.AdditionalFiles.Add(("commons-decision.yml", Records.With("  # décidé en comité le 3 mars\n  api-ban: commun # adresse\n")));
            test.FixedState.AdditionalFiles.Add(("commons-decision.yml", Records.With(
                ExpectedEntry("notifications") + ExpectedEntry("authentification-agent") + "  # décidé en comité le 3 mars\n  api-ban: commun # adresse\n")));
            await test.RunAsync();
        }

        [Fact]
        public void An_exception_with_a_typed_justification_is_quoted_so_it_stays_text()
        {
            var exception = new ExceptionEntry("Hébergement isolé: \"pas d'accès\" # au S3\\commun", new DateTime(2027, 6, 30));
            var text = RecordEditor.AddException(Records.Header, "ged", exception);
            var result = new RecordValidator(new ValidationOptions { Culture = CultureInfo.GetCultureInfo("en"), Today = () => new DateTime(2027, 1, 1) }).ValidateText(text, "commons-decision.yml");
            Assert.DoesNotContain(result.Findings, f => f.Severity == Commons.Engine.Findings.FindingSeverity.Error);
            Assert.Equal(exception.Justification, result.Record!.Bricks["ged"].Justification);
        }

        [Fact]
        public void An_expired_long_form_entry_is_replaced_whole()
        {
            var before = Records.With("  notifications:\n    choix: exception\n    justification: ancienne raison\n    echeance: 2020-01-01\n  ged: commun\n");
            var after = RecordEditor.AddException(before, "notifications", DateTime.Today);
            Assert.Equal(Records.With(ExpectedEntry("notifications") + "  ged: commun\n"), after);
        }

        [Fact]
        public void A_record_without_briques_gets_the_section()
        {
            var after = RecordEditor.AddException(Records.Header, "api-ban", DateTime.Today);
            Assert.Equal(Records.Header + "briques:\n" + ExpectedEntry("api-ban"), after);
        }

        [Fact]
        public void The_placeholder_is_flagged_by_the_record_rules_until_a_person_writes_the_reason()
        {
            var text = RecordEditor.AddException(Records.Header, "api-ban", DateTime.Today);
            var result = new RecordValidator(new ValidationOptions { Culture = CultureInfo.GetCultureInfo("en") }).ValidateText(text, "commons-decision.yml");
            Assert.Contains(result.Findings, f => f.Id == "CN0014");
            Assert.True(result.Record!.Bricks["api-ban"].IsActiveException(DateTime.Today));
        }

        [Fact]
        public void A_new_record_holds_the_exception()
        {
            var text = RecordEditor.NewRecord("ged", DateTime.Today);
            Assert.Equal("version: 1\nbriques:\n" + ExpectedEntry("ged"), text);
        }
    }
}
