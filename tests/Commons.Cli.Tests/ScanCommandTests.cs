using System.Text.Json;
using Commons.Cli.Reports;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

public sealed class ScanCommandTests : IClassFixture<FixtureFleet>
{
    private readonly FixtureFleet _fleet;

    public ScanCommandTests(FixtureFleet fleet)
    {
        _fleet = fleet;
    }

    private (int Code, string Output, string Error) Scan(params string[] extra) =>
        Run(new[] { "scan", _fleet.Root, "--today", FixtureFleet.Today, "--lang", "en" }.Concat(extra).ToArray());

    private static string[] Lines(string output) => output.Replace("\r", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Every_repository_is_found_and_ignored_folders_are_not()
    {
        var report = FleetReport.FromJson(Scan("--format", "json").Output);
        Assert.Equal(
            new[] { "<script>alert(1)</script>", "front-js", "no-record", "record-only", "restored", "unrestored" },
            report.Repositories.Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.File.Contains("node_modules"));
    }

    [Fact]
    public void Records_are_checked_with_the_engine_and_exit_code_is_one_on_errors()
    {
        var (code, output, _) = Scan();
        Assert.Equal(1, code);
        var lines = Lines(output);
        Assert.Contains("no-record/commons-decision.yml(1,1): error CN0001:", output);
        Assert.Contains(lines, l => l.StartsWith("front-js/commons-decision.yml(8,13): error CN0102:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("record-only/commons-decision.yml(15,15): warning CN0202:", StringComparison.Ordinal));
        Assert.Matches(@"^6 repository\(ies\) scanned: \d+ error\(s\), \d+ warning\(s\)\.$", lines[^1]);
    }

    [Fact]
    public void Restored_repository_runs_the_brick_analyzers_with_its_packages()
    {
        var (_, output, _) = Scan();
        // notifications: commun in the record, and MailKit's SmtpClient in the code: the record is contradicted.
        var line = Assert.Single(Lines(output), l => l.StartsWith("restored/src/App/Mailer.cs(", StringComparison.Ordinal));
        Assert.StartsWith("restored/src/App/Mailer.cs(9,28): error CN1004:", line);
        Assert.DoesNotContain("name match", line);
        var report = FleetReport.FromJson(Scan("--format", "json").Output);
        Assert.Contains("1 package assembly", report.Repositories.Single(r => r.Name == "restored").CodeScan);
    }

    [Fact]
    public void Unrestored_repository_falls_back_to_name_matches_and_reads_config_and_packages()
    {
        var lines = Lines(Scan().Output).Where(l => l.StartsWith("unrestored/", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.StartsWith("unrestored/Api/Notifier.cs(5,22): warning CN1004:", StringComparison.Ordinal) && l.Contains("MailKit.Net.Smtp.SmtpClient") && l.EndsWith("(name match)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("unrestored/Api/Api.csproj(5,32): warning CN1004:", StringComparison.Ordinal) && l.Contains("the package SendGrid"));
        Assert.DoesNotContain(lines, l => l.Contains("the package MailKit")); // MailKit also reads mail (IMAP): its SmtpClient is the signature
        Assert.Contains(lines, l => l.StartsWith("unrestored/Api/appsettings.Production.json(3,26): warning CN1004:", StringComparison.Ordinal) && l.Contains("api.sendgrid.com/v3/mail/send"));
        Assert.DoesNotContain(lines, l => l.Contains("Serilog"));
        Assert.Contains(lines, l => l.StartsWith("unrestored/commons-decision.yml(1,1): error CN0001:", StringComparison.Ordinal));
    }

    [Fact]
    public void Javascript_repository_is_checked_by_record_and_configuration()
    {
        var lines = Lines(Scan().Output).Where(l => l.StartsWith("front-js/", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.StartsWith("front-js/config/default.json(1,32): warning CN1002:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("package.json"));
    }

    [Fact]
    public void Scanning_one_repository_gives_paths_relative_to_it()
    {
        var (code, output, _) = Run("scan", Path.Combine(_fleet.Root, "record-only"), "--today", FixtureFleet.Today, "--lang", "en");
        Assert.Equal(0, code);
        Assert.StartsWith("commons-decision.yml(15,15): warning CN0202:", output);
    }

    [Fact]
    public void Json_round_trips_with_the_fleet_model()
    {
        var json = Scan("--format", "json").Output;
        using var document = JsonDocument.Parse(json);
        Assert.Equal(6, document.RootElement.GetProperty("summary").GetProperty("repositories").GetInt32());
        var report = FleetReport.FromJson(json);
        var restored = report.Repositories.Single(r => r.Name == "restored");
        Assert.Equal("valid", restored.Record);
        Assert.Equal("demarche-en-ligne", restored.Nature);
        Assert.Equal("demarches-simplifiees", restored.Solutions["front-usager"]);
        Assert.Contains(restored.Bricks, b => b.Id == "ged" && b.Choice == "exception" && b.Expiry == "2026-12-10");
        Assert.Equal("missing", report.Repositories.Single(r => r.Name == "no-record").Record);
        Assert.Equal("invalid", report.Repositories.Single(r => r.Name == "front-js").Record);
    }

    [Fact]
    public void Sarif_is_valid_2_1_0_with_record_and_brick_rules()
    {
        var sarif = JsonDocument.Parse(Scan("--format", "sarif").Output).RootElement;
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        var run = Assert.Single(sarif.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "CN1004");
        Assert.Equal(rules.Count, rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning" });
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.False(Path.IsPathRooted(location.GetProperty("artifactLocation").GetProperty("uri").GetString()));
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.True(location.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
        }
    }

    [Fact]
    public void Html_report_is_self_contained_summarises_the_fleet_and_escapes_names()
    {
        var html = Path.Combine(_fleet.Root, "..", Path.GetFileName(_fleet.Root) + "-report.html");
        var csv = Path.Combine(_fleet.Root, "..", Path.GetFileName(_fleet.Root) + "-report.csv");
        try
        {
            Assert.Equal(1, Scan("--report", html, "--csv", csv).Code);
            var page = File.ReadAllText(html);
            Assert.StartsWith("<!DOCTYPE html>", page);
            Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", page.Replace("href=\"https://github.com/SocialGouv/commons-analyzers/blob/main/docs/rules/", string.Empty));
            Assert.Contains("<style>", page);
            foreach (var heading in new[] { "Records by status and nature", "Commons chosen", "Shared bricks reimplemented", "Brick exceptions by expiry", "Integrity" })
            {
                Assert.Contains("<h2>" + heading + "</h2>", page);
            }

            Assert.Contains("id=\"integrity\"", page);
            Assert.Contains("CN1004</a> notifications", page);
            Assert.Contains("expires in 12 day(s)", page);
            Assert.Contains("<code>demarches-simplifiees</code>", page);

            var rows = File.ReadAllLines(csv);
            Assert.StartsWith("\uFEFFrepository,path,record", rows[0]);
            Assert.Contains(rows, r => r.StartsWith("record-only,record-only,valid,demarche-en-ligne,", StringComparison.Ordinal));
            Assert.Contains(rows, r => r.Contains(",CN1004,error,restored/src/App/Mailer.cs,9,28,"));
        }
        finally
        {
            File.Delete(html);
            File.Delete(csv);
        }
    }

    [Fact]
    public void Report_merge_joins_per_repository_json_into_one_fleet()
    {
        var folder = Directory.CreateTempSubdirectory("commons-merge-").FullName;
        try
        {
            var parts = new List<string>();
            foreach (var name in new[] { "restored", "no-record", "record-only" })
            {
                var json = Path.Combine(folder, name + ".json");
                Run("scan", Path.Combine(_fleet.Root, name), "--format", "json", "--output", json, "--today", FixtureFleet.Today, "--lang", "en");
                parts.Add(json);
            }

            var html = Path.Combine(folder, "fleet.html");
            var (code, output, error) = Run(new[] { "report", "merge" }.Concat(parts).Concat(new[] { "--report", html, "--lang", "en" }).ToArray());
            Assert.True(code == 1, error);
            Assert.Contains("no-record/commons-decision.yml(1,1): error CN0001:", output);
            Assert.Contains("restored/src/App/Mailer.cs(9,28): error CN1004:", output);
            Assert.Contains("restored/commons-decision.yml(12,3): warning CN0210:", output); // its ged exception: no storage code
            Assert.EndsWith("3 repository(ies) scanned: 2 error(s), 3 warning(s).", output.Trim()); // the MailKit package alone is not a finding
            var page = File.ReadAllText(html);
            Assert.Contains(">restored <span", page);
            Assert.Contains(">no-record <span", page);

            File.WriteAllText(Path.Combine(folder, "bad.json"), "{ \"format\": 99, \"repositories\": [] }");
            Assert.Equal(2, Run("report", "merge", Path.Combine(folder, "bad.json")).ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("2026-11-28", 0)]
    [InlineData("2027-01-01", 1)]
    public void Today_decides_whether_an_exception_still_covers_the_code(string today, int codeFindings)
    {
        var folder = Directory.CreateTempSubdirectory("commons-today-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "commons-decision.yml"), FixtureFleet.ValidRecord.Replace("  notifications: commun\n", "  notifications:\n    choix: exception\n    justification: Le service commun n'est pas encore ouvert.\n    echeance: 2026-12-31\n"));
            File.WriteAllText(Path.Combine(folder, "Mail.cs"), "class Mail { void Send() { var c = new System.Net.Mail.SmtpClient(); } }\n");
            var (_, output, _) = Run("scan", folder, "--today", today, "--lang", "en");
            Assert.Equal(codeFindings, Lines(output).Count(l => l.StartsWith("Mail.cs(1,", StringComparison.Ordinal) && l.Contains("warning CN1004")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_brick_type_is_reported_when_its_arguments_do_not_resolve()
    {
        var folder = Directory.CreateTempSubdirectory("commons-unbound-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "commons-decision.yml"), FixtureFleet.ValidRecord);
            // MailOptions comes from a package never restored: the arguments do not bind, the created type is known all the same.
            File.WriteAllText(Path.Combine(folder, "Mail.cs"), "using Acme.Options;\nclass Mail { void Send(MailOptions options) { var c = new System.Net.Mail.SmtpClient(options.Host, options.Port); } }\n");
            var lines = Lines(Run("scan", folder, "--today", FixtureFleet.Today, "--lang", "en").Output);
            var line = Assert.Single(lines, l => l.StartsWith("Mail.cs(2,", StringComparison.Ordinal));
            Assert.StartsWith("Mail.cs(2,55): error CN1004:", line);
            Assert.Contains("System.Net.Mail.SmtpClient", line);
            Assert.DoesNotContain("name match", line);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_finding_reads_the_same_in_the_scan_as_in_the_build()
    {
        var folder = Directory.CreateTempSubdirectory("commons-wording-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "commons-decision.yml"), FixtureFleet.ValidRecord.Replace("  notifications: commun\n", string.Empty));
            File.WriteAllText(Path.Combine(folder, "Mail.cs"), "class Mail { object Client() => new System.Net.Mail.SmtpClient(); }\n");
            File.WriteAllText(Path.Combine(folder, "App.csproj"), "<Project>\n  <ItemGroup><PackageReference Include=\"SendGrid\" /></ItemGroup>\n</Project>\n");
            var lines = Lines(Run("scan", folder, "--today", FixtureFleet.Today, "--lang", "fr").Output);

            // The analyzers' message in a build (engine verdict, analyzers' "found" words), character for character.
            var verdict = new Commons.Engine.Verdicts.BrickJudge(new Commons.Engine.Verdicts.BrickStates(null, DateTime.Today))
                .Judge(new[] { Commons.Engine.Catalog.BrickCatalog.Embedded.Find("notifications")! })!;
            var french = System.Globalization.CultureInfo.GetCultureInfo("fr");
            var inBuild = verdict.Message(french, Commons.Engine.Verdicts.BrickMessages.Format(french, "Found_Creation", "System.Net.Mail.SmtpClient"));
            Assert.Contains("Mail.cs(1,33): warning CN1004: " + inBuild, lines);

            // The package finding: same frame, same advice.
            var package = Assert.Single(lines, l => l.StartsWith("App.csproj(2,", StringComparison.Ordinal));
            Assert.Contains("warning CN1004: Brique commune « notifications » (Notifications (envois emails)) : ", package);
            Assert.EndsWith(verdict.Advice(french), package);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string NotificationsException = "  notifications:\n    choix: exception\n    justification: Le service commun n'est pas encore ouvert.\n    echeance: 2027-06-30\n";

    private static string[] ScanFolder(string record, params (string Path, string Text)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("commons-record-code-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "commons-decision.yml"), record);
            foreach (var (path, text) in files)
            {
                File.WriteAllText(Path.Combine(folder, path), text);
            }

            return Lines(Run("scan", folder, "--today", FixtureFleet.Today, "--lang", "en").Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Non_concerne_contradicted_by_the_code_is_an_error_in_the_scan()
    {
        var lines = ScanFolder(
            FixtureFleet.ValidRecord.Replace("  notifications: commun\n", "  notifications: non-concerne\n"),
            ("Mail.cs", "class Mail { object Client() => new System.Net.Mail.SmtpClient(); }\n"));
        var line = Assert.Single(lines, l => l.StartsWith("Mail.cs(1,", StringComparison.Ordinal));
        Assert.StartsWith("Mail.cs(1,33): error CN1004: Shared brick 'notifications' (Notifications (sending e-mail)): the record declares it 'non-concerne', but the creation of System.Net.Mail.SmtpClient reimplements it.", line);
    }

    [Fact]
    public void An_exception_no_code_needs_any_more_is_reported_on_its_line()
    {
        var lines = ScanFolder(
            FixtureFleet.ValidRecord.Replace("  notifications: commun\n", NotificationsException),
            ("Mail.cs", "class Mail { string Subject() => \"SmtpClient\"; }\n"));
        Assert.Contains(lines, l => l.StartsWith("commons-decision.yml(11,3): warning CN0210: No code of the repository needs the exception for brick 'notifications' any more", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("commons-decision.yml(15,3): warning CN0210:", StringComparison.Ordinal) && l.Contains("'ged'")); // ged's exception: no S3 either
    }

    [Theory]
    [InlineData("Mail.cs", "class Mail { object Client() => new System.Net.Mail.SmtpClient(); }\n")]
    [InlineData("App.csproj", "<Project>\n  <ItemGroup><PackageReference Include=\"SendGrid\" /></ItemGroup>\n</Project>\n")]
    [InlineData("appsettings.json", "{ \"Mail\": \"https://api.sendgrid.com/v3/mail/send\" }\n")]
    public void An_exception_some_code_needs_is_not_reported(string path, string text)
    {
        var lines = ScanFolder(FixtureFleet.ValidRecord.Replace("  notifications: commun\n", NotificationsException), ("Other.cs", "class Other { }\n"), (path, text));
        Assert.DoesNotContain(lines, l => l.Contains("CN0210") && l.Contains("'notifications'"));
        Assert.DoesNotContain(lines, l => l.Contains("CN1004"));
    }

    [Fact]
    public void An_exception_is_not_called_unused_where_the_scan_does_not_read_all_the_code()
    {
        var lines = ScanFolder(
            FixtureFleet.ValidRecord.Replace("  notifications: commun\n", NotificationsException),
            ("Mail.cs", "class Mail { }\n"),
            ("mailer.py", "import smtplib\n"));
        Assert.DoesNotContain(lines, l => l.Contains("CN0210"));
    }

    [Fact]
    public void MailKit_used_only_to_read_mail_is_not_sending_e_mail()
    {
        var lines = ScanFolder(
            FixtureFleet.ValidRecord,
            ("App.csproj", "<Project>\n  <ItemGroup><PackageReference Include=\"MailKit\" Version=\"4.8.0\" /></ItemGroup>\n</Project>\n"),
            ("Inbox.cs", "using MailKit.Net.Imap;\nclass Inbox { void Read() { using var client = new ImapClient(); client.Connect(\"imap.example.org\", 993, true); } }\n"));
        Assert.DoesNotContain(lines, l => l.Contains("CN1004"));
    }

    [Fact]
    public void Libraries_used_through_their_interfaces_and_bases_are_found_by_the_scan()
    {
        // Never restored: the S3 and Bot Framework types do not resolve and are matched by name.
        var lines = ScanFolder(
            FixtureFleet.ValidRecord.Replace("  ged:\n    choix: exception\n    justification: Le stockage S3 commun n'est pas encore ouvert.\n    echeance: 2026-12-10\n", string.Empty),
            ("Documents.cs", "using Amazon.S3;\nclass Documents\n{\n    public Documents(IAmazonS3 s3) { }\n}\n"),
            ("Bot.cs", "using Microsoft.Bot.Builder.Teams;\nclass HelpBot : TeamsActivityHandler { }\n"),
            ("Archive.cs", "using Google.Cloud.Storage.V1;\nclass Archive { object Client() => StorageClient.Create(); object Name() => Path.GetFileName(\"a\"); }\n"));
        Assert.Contains(lines, l => l.StartsWith("Documents.cs(4,22): warning CN1005:", StringComparison.Ordinal) && l.Contains("Amazon.S3.IAmazonS3"));
        Assert.Contains(lines, l => l.StartsWith("Bot.cs(2,17): warning CN1013:", StringComparison.Ordinal) && l.Contains("TeamsActivityHandler"));
        Assert.Contains(lines, l => l.StartsWith("Archive.cs(2,36): warning CN1005:", StringComparison.Ordinal) && l.Contains("Google.Cloud.Storage.V1.StorageClient.Create") && l.EndsWith("(name match)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Archive.cs(2,", StringComparison.Ordinal) && l.Contains("Path"));
    }

    [Fact]
    public void An_organisation_catalog_at_the_root_extends_the_signatures()
    {
        var folder = Directory.CreateTempSubdirectory("commons-orgcat-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "commons-decision.yml"), FixtureFleet.ValidRecord);
            File.WriteAllText(Path.Combine(folder, "commons-catalog.yml"), "version: 1\nbricks:\n  - id: notifications\n    signatures:\n      hosts: [mail.acme.example/api]\n      packages: [Acme.Mailer]\n");
            File.WriteAllText(Path.Combine(folder, "appsettings.json"), "{ \"Mail\": \"https://mail.acme.example/api/send\" }\n");
            File.WriteAllText(Path.Combine(folder, "App.csproj"), "<Project>\n  <ItemGroup><PackageReference Include=\"Acme.Mailer\" /></ItemGroup>\n</Project>\n");
            var lines = Lines(Run("scan", folder, "--today", FixtureFleet.Today, "--lang", "en").Output);
            Assert.Contains(lines, l => l.StartsWith("appsettings.json(1,20): error CN1004:", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("App.csproj(2,41): error CN1004:", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_plain_folder_with_no_repository_below_is_one_repository()
    {
        var folder = Directory.CreateTempSubdirectory("commons-plain-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Tool.cs"), "class Tool { }\n");
            var (code, output, _) = Run("scan", folder, "--lang", "en");
            Assert.Equal(1, code);
            Assert.StartsWith("commons-decision.yml(1,1): error CN0001:", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Dotnet_tool_folders_installed_in_the_repository_are_skipped()
    {
        var folder = Directory.CreateTempSubdirectory("commons-tools-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, ".git"));
            File.WriteAllText(Path.Combine(folder, "commons-decision.yml"), FixtureFleet.ValidRecord);
            File.WriteAllText(Path.Combine(folder, "appsettings.json"), "{ \"Mail\": \"https://api.sendgrid.com/v3/mail/send\" }\n");
            // `dotnet tool install --tool-path X`'s layout, under the old CI templates' name and under any other name.
            foreach (var toolPath in new[] { ".commons", "outils" })
            {
                var package = Path.Combine(folder, toolPath, ".store", "commons.cli", "0.1.0", "commons.cli", "0.1.0", "tools", "net10.0", "any");
                Directory.CreateDirectory(package);
                File.WriteAllText(Path.Combine(package, "DotnetToolSettings.xml"), "<DotNetCliTool Version=\"1\"><Commands><Command Name=\"commons\" EntryPoint=\"commons.dll\" Runner=\"dotnet\" /></Commands></DotNetCliTool>\n");
                File.WriteAllText(Path.Combine(package, "appsettings.json"), "{ \"Mail\": \"https://api.sendgrid.com/v3/mail/send\" }\n");
                File.WriteAllText(Path.Combine(folder, toolPath, "commons"), "#!/bin/sh\n");
            }

            var report = FleetReport.FromJson(Run("scan", folder, "--today", FixtureFleet.Today, "--lang", "en", "--format", "json").Output);
            var repository = Assert.Single(report.Repositories);
            Assert.Equal(new[] { "commons-decision.yml(15,15) CN0202", "appsettings.json(1,20) CN1004" }, report.Findings.Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id));
            Assert.Equal(new[] { ".commons/", "outils/" }, repository.Skipped.Select(s => s.Path));
            Assert.Equal(1, repository.FilesRead); // appsettings.json: nothing under the tool folders
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_path_that_is_not_a_folder_is_a_usage_error()
    {
        var (code, _, error) = Run("scan", Path.Combine(_fleet.Root, "nope"), "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("is not a folder", error);
    }
}
