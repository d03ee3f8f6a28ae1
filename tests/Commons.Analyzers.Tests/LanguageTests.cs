using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Commons.Engine.Catalog;
using Commons.Engine.Verdicts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Commons.Analyzers.Tests
{
    /// <summary>
    /// One language per build: the analyzers write in CommonsLanguage (fr by default), whatever culture the compiler
    /// or the IDE formats the messages with, and in the engine's words, the ones <c>commons scan</c> uses.
    /// </summary>
    public class LanguageTests
    {
        private const string Code = "class Mailer { object M() => {|#0:new System.Net.Mail.SmtpClient()|}; }";

        private const string French =
            "Brique commune « notifications » (Notifications (envois emails)) : la création de System.Net.Mail.SmtpClient la réimplémente. " +
            "Le composant commun n'est pas encore disponible : déclarez une exception pour « notifications » dans commons-decision.yml (choix: exception, une justification et une echeance)";

        private const string English =
            "Shared brick 'notifications' (Notifications (sending e-mail)): the creation of System.Net.Mail.SmtpClient reimplements it. " +
            "The common component is not available yet: record an exception for 'notifications' in commons-decision.yml (choix: exception, a justification and an echeance)";

        [Theory]
        [InlineData(null, French)]
        [InlineData("fr", French)]
        [InlineData("en", English)]
        public async Task The_message_follows_CommonsLanguage_whatever_the_UI_culture(string? language, string expected)
        {
            foreach (var ui in new[] { "en-US", "fr-FR" })
            {
                var saved = CultureInfo.CurrentUICulture;
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(ui);
                try
                {
                    var test = new AnalyzerTest<BrickTypeUsageAnalyzer>(Code);
                    if (language != null)
                    {
                        test.WithBuildProperties(("CommonsLanguage", language));
                    }

                    test.ExpectedDiagnostics.Add(new DiagnosticResult("CN1004", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(expected));
                    await test.RunAsync();
                }
                finally
                {
                    CultureInfo.CurrentUICulture = saved;
                }
            }
        }

        [Fact]
        public void A_message_formatted_in_another_culture_keeps_the_build_language()
        {
            var diagnostic = Diagnostic.Create(Descriptors.ByBrick["notifications"], Location.None, French);
            Assert.Equal(French, diagnostic.GetMessage(CultureInfo.GetCultureInfo("en")));
            Assert.Equal(French, diagnostic.GetMessage(CultureInfo.GetCultureInfo("fr")));
        }

        [Fact]
        public void The_analyzer_message_is_the_engine_verdict_message()
        {
            var catalog = BrickCatalog.Embedded;
            var verdict = new BrickJudge(new BrickStates(null, System.DateTime.Today)).Judge(new[] { catalog.Find("notifications")! })!;
            var found = BrickMessages.Format(CultureInfo.GetCultureInfo("en"), "Found_Creation", "System.Net.Mail.SmtpClient");
            Assert.Equal(English, verdict.Message(CultureInfo.GetCultureInfo("en"), found));
        }

        [Fact]
        public async Task Catalog_problems_follow_CommonsLanguage_too()
        {
            var test = new AnalyzerTest<CatalogFileAnalyzer>("class C { }", catalog: "version: 1\nbricks:\n  - id: inconnue\n");
            test.WithBuildProperties(("CommonsLanguage", "fr"));
            var known = string.Join(", ", BrickCatalog.Embedded.Bricks.Select(b => b.Id));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CatalogUnknownBrick).WithLocation("commons-catalog.yml", 3, 9).WithMessage(
                "Catalogue de l'organisation (commons-catalog.yml) : 'inconnue' n'est pas une brique de la politique (connues : " + known + ") ; l'entrée est ignorée"));
            var saved = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            try
            {
                await test.RunAsync(CancellationToken.None);
            }
            finally
            {
                CultureInfo.CurrentUICulture = saved;
            }
        }
    }
}
