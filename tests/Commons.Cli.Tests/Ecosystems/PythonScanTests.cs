namespace Commons.Cli.Tests.Ecosystems;

/// <summary>Python: requirements files, pyproject.toml (PEP 621, PEP 735, Poetry), Pipfile, imports and docstrings.</summary>
public class PythonScanTests
{
    [Fact]
    public void Manifests_report_each_declared_package_at_its_line_names_compare_as_pypi_does()
    {
        using var repository = new ScratchRepository()
            .Write("requirements-dev.txt", """
                # sendgrid in a comment
                -r requirements.txt
                --index-url https://pypi.org/simple
                Flask_Mail[extras]>=0.9  # normalised as flask-mail
                pandas
                git+https://example.org/sendgrid.git#egg=sendgrid
                django-anymail @ https://example.org/django_anymail-10.0-py3-none-any.whl
                """)
            .Write("requirements.txt", "geopy==2.4\n")
            .Write("pyproject.toml", """
                [project]
                name = "outil"
                dependencies = [
                  "requests>=2",
                  "python-docx>=1.1",
                ]

                [project.optional-dependencies]
                excel = ["openpyxl"]

                [tool.poetry.group.dev.dependencies]
                passlib = "^1.7"
                """)
            .Write("Pipfile", """
                [packages]
                minio = "*"
                [dev-packages]
                "django-recaptcha" = "*"
                """);

        Assert.Equal(
            new[]
            {
                "Pipfile(2,1) CN1005 warning",
                "Pipfile(4,1) CN1010 warning",
                "pyproject.toml(5,4) CN1006 warning",
                "pyproject.toml(9,11) CN1003 warning",
                "pyproject.toml(12,1) CN1001 warning",
                "requirements-dev.txt(4,1) CN1004 warning",
                "requirements-dev.txt(7,1) CN1004 warning",
                "requirements.txt(1,1) CN1007 warning",
            },
            repository.Findings());
    }

    [Fact]
    public void Imports_and_literals_count_docstrings_comments_and_strings_that_look_like_imports_do_not()
    {
        using var repository = new ScratchRepository()
            .Write("src/envoi.py", """"
                """Module docstring: https://api.sendgrid.com/v3 is documentation."""
                import os, smtplib as mailer
                from email.message import EmailMessage
                TEXT = "import smtplib"
                def f():
                    """https://api.sendgrid.com/v3 again documentation"""
                    return 'https://api.sendgrid.com/v3/mail/send'  # https://api.mailjet.com/ in a comment
                """");

        Assert.Equal(new[] { "src/envoi.py(2,12) CN1004 warning", "src/envoi.py(7,21) CN1004 warning" }, repository.Findings());
    }
}
