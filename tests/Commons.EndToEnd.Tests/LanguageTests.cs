using System.IO;
using Xunit;

namespace Commons.EndToEnd.Tests
{
    /// <summary>
    /// One language per build: the record's findings (the task) and the analyzers' (the compiler) both follow
    /// CommonsLanguage, French by default, whatever language the compiler itself speaks (PreferredUILang, which is
    /// what an English or a French machine or IDE passes to csc as /preferreduilang).
    /// </summary>
    public sealed class LanguageTests
    {
        private const string Mailer =
            "namespace App\n" +
            "{\n" +
            "    public sealed class Mailer\n" +
            "    {\n" +
            "        public object Client() => new System.Net.Mail.SmtpClient(\"smtp.example.org\");\n" +
            "    }\n" +
            "}\n";

        [Fact]
        public void A_default_build_on_an_English_machine_is_French_throughout()
        {
            var repo = new ThrowawayRepository("lang-fr").WithRecord(Records.ExpiresSoon);
            var mailer = repo.Write(Path.Combine("src", "App", "Mailer.cs"), Mailer);

            var result = repo.Build(null, "-p:CommonsToday=2026-11-28", "-p:PreferredUILang=en-US");

            Expect.ExitCode(result, 0);
            Expect.Line(result, repo.RecordPath, 14, 15, "warning", "CN0202", "L'exception pour la brique « authentification-agent » expire le 2026-12-10", repo.ProjectPath());
            Expect.Line(result, mailer, 5, 35, "warning", "CN1004", "Brique commune « notifications » (Notifications (envois emails)) : la création de System.Net.Mail.SmtpClient la réimplémente.", repo.ProjectPath());
        }

        [Fact]
        public void CommonsLanguage_en_on_a_French_machine_is_English_throughout()
        {
            var repo = new ThrowawayRepository("lang-en").WithRecord(Records.ExpiresSoon);
            var mailer = repo.Write(Path.Combine("src", "App", "Mailer.cs"), Mailer);

            var result = repo.Build(null, "-p:CommonsToday=2026-11-28", "-p:CommonsLanguage=en", "-p:PreferredUILang=fr-FR");

            Expect.ExitCode(result, 0);
            Expect.Line(result, repo.RecordPath, 14, 15, "warning", "CN0202", "The exception for brick 'authentification-agent' expires on 2026-12-10", repo.ProjectPath());
            Expect.Line(result, mailer, 5, 35, "warning", "CN1004", "Shared brick 'notifications' (Notifications (sending e-mail)): the creation of System.Net.Mail.SmtpClient reimplements it.", repo.ProjectPath());
        }
    }
}
