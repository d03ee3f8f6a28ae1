namespace Commons.Cli.Tests.Ecosystems;

/// <summary>
/// A library that serves many services names a brick only with its argument: boto3 with the service name 's3', a
/// generic OpenID Connect client with a ProConnect or FranceConnect issuer or configuration name.
/// </summary>
public class MultiPurposeLibraryTests
{
    [Fact]
    public void Boto3_names_document_storage_only_with_the_s3_service()
    {
        using var repository = new ScratchRepository()
            .Write("app/storage.py", """
                import boto3
                client = boto3.client("s3", endpoint_url=settings.ENDPOINT)
                """)
            .Write("app/queue.py", """
                import boto3
                queue = boto3.client("sqs")  # the "s3" of a comment names nothing
                bucket_words = "s3-like"
                """);

        Assert.Equal(new[] { "app/storage.py(1,8) CN1005 warning" }, repository.Findings());
    }

    [Fact]
    public void An_openid_connect_client_names_the_brick_of_the_provider_it_is_configured_for()
    {
        using var repository = new ScratchRepository()
            .Write("backend/agents.ts", """
                import * as client from "openid-client";
                const issuer = await client.discovery(new URL(process.env.PROCONNECT_ISSUER), id, secret);
                """)
            .Write("backend/citoyens.rb", """
                discover = OpenIDConnect::Discovery::Provider::Config.discover!(ENV.fetch("FRANCE_CONNECT_BASE_URL"))
                """)
            .Write("backend/github.ts", """
                import * as client from "openid-client";
                // ProConnect is for agents; this login is GitHub's
                const issuer = await client.discovery(new URL("https://token.actions.githubusercontent.com"), id);
                """);

        Assert.Equal(
            new[] { "backend/agents.ts(1,26) CN1001 warning", "backend/citoyens.rb(1,12) CN1002 warning" },
            repository.Findings());
    }

    [Fact]
    public void A_spreadsheet_library_is_the_statistics_brick_where_the_file_builds_a_workbook_not_where_it_reads_one()
    {
        using var repository = new ScratchRepository()
            .Write("api/export.ts", """
                import xlsx from "xlsx";
                export const classeur = (lignes) => { const wb = xlsx.utils.book_new(); xlsx.utils.book_append_sheet(wb, xlsx.utils.json_to_sheet(lignes), "Bilan"); return wb; };
                """)
            .Write("api/rapport.js", """
                const ExcelJS = require("exceljs");
                module.exports = async (res) => { const wb = new ExcelJS.Workbook(); wb.addWorksheet("mois"); await wb.xlsx.write(res); };
                """)
            .Write("api/import-perimetre.ts", """
                import xlsx from "xlsx";
                import { writeFile } from "node:fs/promises";
                const feuille = xlsx.read(contenu, { type: "buffer" });
                await writeFile("perimetre.json", JSON.stringify(xlsx.utils.sheet_to_json(feuille.Sheets.Feuil1)));
                """)
            .Write("api/lecture.js", """
                const ExcelJS = require("exceljs");
                const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile("depot.xlsx"); // addWorksheet is not called here
                """);

        Assert.Equal(new[] { "api/export.ts(1,19) CN1003 warning", "api/rapport.js(1,26) CN1003 warning" }, repository.Findings());
    }

    [Fact]
    public void Phpspreadsheet_is_the_statistics_brick_where_the_file_names_a_writer_not_where_it_loads_an_upload()
    {
        using var repository = new ScratchRepository()
            .Write("src/Export/BilanExport.php", """
                <?php
                use PhpOffice\PhpSpreadsheet\Spreadsheet;
                use PhpOffice\PhpSpreadsheet\IOFactory;
                $classeur = new Spreadsheet();
                IOFactory::createWriter($classeur, 'Xlsx')->save('php://output');
                """)
            .Write("src/Import/PerimetreImport.php", """
                <?php
                use PhpOffice\PhpSpreadsheet\IOFactory;
                $lignes = IOFactory::load($fichier->getPathname())->getActiveSheet()->toArray();
                """);

        Assert.Equal(
            new[] { "src/Export/BilanExport.php(2,5) CN1003 warning", "src/Export/BilanExport.php(3,5) CN1003 warning" },
            repository.Findings());
    }

    [Fact]
    public void Nodemailer_is_the_notifications_brick_where_it_makes_a_transport_not_where_it_opens_a_throwaway_test_inbox()
    {
        using var repository = new ScratchRepository()
            .Write("server/mail.ts", """
                import nodemailer from "nodemailer";
                export const transport = nodemailer.createTransport({ host: process.env.SMTP_HOST });
                """)
            .Write("scripts/boite-de-test.ts", """
                import nodemailer from "nodemailer";
                nodemailer.createTestAccount((err, compte) => console.log(`SMTP_HOST=${compte.smtp.host} to send mail`));
                """);

        Assert.Equal(new[] { "server/mail.ts(1,25) CN1004 warning" }, repository.Findings());
    }
}
