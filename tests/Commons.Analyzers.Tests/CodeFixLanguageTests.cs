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
    /// <summary>The code fix speaks the build's language (CommonsLanguage, French by default), as the diagnostic it fixes.</summary>
    public class CodeFixLanguageTests
    {
        [Theory]
        [InlineData(null, "Déclarer une exception pour la brique notifications dans commons-decision.yml (justification à écrire avant la prochaine compilation)")]
        [InlineData("en", "Record an exception for brick notifications in commons-decision.yml (write its justification before the next build)")]
        public async Task The_fix_title_follows_CommonsLanguage(string? language, string title)
        {
            var echeance = DateTime.Today.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var test = new CSharpCodeFixTest<BrickTypeUsageAnalyzer, RecordExceptionCodeFixProvider, DefaultVerifier>
            {
                TestCode = "class Mailer { object M() => {|CN1004:new System.Net.Mail.SmtpClient()|}; }",
                FixedCode = "class Mailer { object M() => new System.Net.Mail.SmtpClient(); }",
                CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title),
            };
            test.CompileAgainst(References.Net80);
            test.TestState.AdditionalFiles.Add(("commons-decision.yml", Records.With("  api-ban: commun\n")));
            test.FixedState.AdditionalFiles.Add(("commons-decision.yml", Records.With(
                "  notifications:\n    choix: exception\n    justification: \"" + RecordEditor.PlaceholderJustification + "\"\n    echeance: " + echeance + "\n  api-ban: commun\n")));
            if (language != null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.CommonsLanguage = " + language + "\n"));
                test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.CommonsLanguage = " + language + "\n"));
            }

            await test.RunAsync();
        }
    }
}
