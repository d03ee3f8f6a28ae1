namespace Commons.Cli.Tests.Ecosystems;

/// <summary>
/// Every library the catalog lists is recognised where the code imports it, in each language's own forms; a longer
/// name, a comment or a string that looks like an import is not one.
/// </summary>
public class ImportFormsTests
{
    [Fact]
    public void JavaScript_imports_an_npm_package_by_its_name_in_every_form_and_sub_path()
    {
        using var repository = new ScratchRepository()
            .Write("src/exports.ts", """
                import * as XLSX from "xlsx";
                import { Workbook } from 'exceljs';
                const brevo = require("@getbrevo/brevo/dist/api");
                const docx = await import("docxtemplater");
                import type { Thing } from "xlsx-style-lookalike";
                // import nodemailer from "nodemailer"
                const text = "require('nodemailer')";
                export const sheet = XLSX.utils.json_to_sheet(rows); new Workbook().addWorksheet("stats");
                """);

        Assert.Equal(
            new[]
            {
                "src/exports.ts(1,24) CN1003 warning",
                "src/exports.ts(2,27) CN1003 warning",
                "src/exports.ts(3,24) CN1004 warning",
                "src/exports.ts(4,28) CN1006 warning",
            },
            repository.Findings());
    }

    [Fact]
    public void Python_imports_a_distribution_by_its_module_name()
    {
        using var repository = new ScratchRepository()
            .Write("app/documents.py", """
                from docx import Document
                import openpyxl.styles
                from django.core.mail import EmailMultiAlternatives
                from django.core.mailer_lookalike import nothing
                import docxcompose
                """);

        Assert.Equal(
            new[] { "app/documents.py(1,6) CN1006 warning", "app/documents.py(2,8) CN1003 warning", "app/documents.py(3,6) CN1004 warning" },
            repository.Findings());
    }

    [Fact]
    public void Php_namespaces_in_use_group_use_and_new_with_a_leading_backslash()
    {
        using var repository = new ScratchRepository()
            .Write("src/Service/Export.php", """
                <?php
                use PhpOffice\PhpSpreadsheet\{Spreadsheet, Writer\Xlsx};
                use Symfony\Component\Mailer\MailerInterface;
                use Symfony\Component\MailerBridge\Nothing;
                $word = new \PhpOffice\PhpWord\PhpWord();
                """);

        Assert.Equal(
            new[]
            {
                "src/Service/Export.php(2,5) CN1003 warning",
                "src/Service/Export.php(3,5) CN1004 warning",
                "src/Service/Export.php(5,13) CN1006 warning",
            },
            repository.Findings());
    }

    [Fact]
    public void Java_and_kotlin_imports_wildcards_and_fully_qualified_names_in_code()
    {
        using var repository = new ScratchRepository()
            .Write("src/main/java/fr/gouv/Export.java", """
                package fr.gouv;
                import org.apache.poi.xwpf.usermodel.*;
                class Export {
                    Object book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                    Object other = new my.org.apache.poi.xssf.Lookalike();
                }
                """)
            .Write("src/main/kotlin/fr/gouv/Mail.kt", """
                import org.springframework.mail.javamail.JavaMailSender
                import org.springframework.mailer.Lookalike
                """);

        Assert.Equal(
            new[]
            {
                "src/main/java/fr/gouv/Export.java(2,8) CN1006 warning",
                "src/main/java/fr/gouv/Export.java(4,23) CN1003 warning",
                "src/main/kotlin/fr/gouv/Mail.kt(1,8) CN1004 warning",
            },
            repository.Findings());
    }

    [Fact]
    public void Ruby_requires_and_constants_whole_names_only()
    {
        using var repository = new ScratchRepository()
            .Write("app/services/stockage.rb", """
                require "caxlsx"
                client = Aws::S3::Client.new
                mailer = ::SibApiV3Sdk::TransactionalEmailsApi.new
                other = MyAws::S3::Thing
                control = Aws::S3Control::Client.new
                contacts = SibApiV3Sdk::ContactsApi.new
                # Aws::S3::Client in a comment
                """);

        Assert.Equal(
            new[]
            {
                "app/services/stockage.rb(1,10) CN1003 warning",
                "app/services/stockage.rb(2,10) CN1005 warning",
                "app/services/stockage.rb(3,12) CN1004 warning",
            },
            repository.Findings());
    }

    [Fact]
    public void Go_import_paths_with_a_major_version_suffix()
    {
        using var repository = new ScratchRepository()
            .Write("internal/media/s3.go", """
                package media

                import (
                	"github.com/minio/minio-go/v7"
                	"github.com/minio/minio-go-lookalike"
                	mail "github.com/wneessen/go-mail"
                )
                """);

        Assert.Equal(
            new[] { "internal/media/s3.go(4,3) CN1005 warning", "internal/media/s3.go(6,8) CN1004 warning" },
            repository.Findings());
    }
}
