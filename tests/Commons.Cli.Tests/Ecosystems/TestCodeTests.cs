namespace Commons.Cli.Tests.Ecosystems;

/// <summary>
/// The other languages' tests and fixtures mock a mailer or a bucket to exercise the application's own code, which
/// is where the scan reports it; a developer tool outside the tests is code like any other.
/// </summary>
public class TestCodeTests
{
    [Fact]
    public void Tests_by_each_ecosystems_convention_are_left_out_tools_are_not()
    {
        const string Smtp = "import smtplib\n";
        using var repository = new ScratchRepository()
            .Write("core/tests/test_notification.py", Smtp)
            .Write("core/test_envoi.py", Smtp)
            .Write("tools/mailer/smtp_test.go", "package mailer\nimport \"net/smtp\"\n")
            .Write("src/test/java/fr/gouv/MailServiceIT.java", "import jakarta.mail.Multipart;\n")
            .Write("front/src/envoi.spec.ts", "import nodemailer from \"nodemailer\";\n")
            .Write("spec/mailers/relance_spec.rb", "require \"net/smtp\"\n")
            .Write("tools/relance.py", Smtp);

        Assert.Equal(new[] { "tools/relance.py(1,8) CN1004 warning" }, repository.Findings());
    }
}
