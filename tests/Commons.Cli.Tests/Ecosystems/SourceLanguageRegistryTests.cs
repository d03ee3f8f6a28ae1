using Commons.Cli.Scan;
using Commons.Engine.Catalog;

namespace Commons.Cli.Tests.Ecosystems;

/// <summary>
/// One descriptor per language (Scan/Languages), and every dispatch point asks the registry: each file form, import
/// language, ecosystem and manifest belongs to exactly one language, and the scanners find it there.
/// </summary>
public class SourceLanguageRegistryTests
{
    /// <summary>
    /// A small manifest per example file name, with the package it declares: a new manifest form must add its own
    /// here, which proves its reader is wired and yields its language's ecosystem.
    /// </summary>
    private static readonly Dictionary<string, (string Text, string Package)> ManifestSamples = new()
    {
        ["package.json"] = ("{ \"dependencies\": { \"nodemailer\": \"^6\" } }", "nodemailer"),
        ["composer.json"] = ("{ \"require\": { \"phpmailer/phpmailer\": \"^6\" } }", "phpmailer/phpmailer"),
        ["pyproject.toml"] = ("[project]\ndependencies = [\"boto3>=1\"]\n", "boto3"),
        ["pipfile"] = ("[packages]\nboto3 = \"*\"\n", "boto3"),
        ["requirements.txt"] = ("boto3==1.0\n", "boto3"),
        ["requirements-dev.txt"] = ("boto3==1.0\n", "boto3"),
        ["requirements/base.txt"] = ("boto3==1.0\n", "boto3"),
        ["pom.xml"] = ("<project><dependencies><dependency><groupId>com.sun.mail</groupId><artifactId>jakarta.mail</artifactId></dependency></dependencies></project>", "com.sun.mail:jakarta.mail"),
        ["build.gradle"] = ("dependencies {\n  implementation 'com.sun.mail:jakarta.mail:2.0.1'\n}\n", "com.sun.mail:jakarta.mail"),
        ["build.gradle.kts"] = ("dependencies {\n  implementation(\"com.sun.mail:jakarta.mail:2.0.1\")\n}\n", "com.sun.mail:jakarta.mail"),
        ["libs.versions.toml"] = ("[libraries]\nmail = { module = \"com.sun.mail:jakarta.mail\", version = \"2.0.1\" }\n", "com.sun.mail:jakarta.mail"),
        ["gemfile"] = ("gem 'mail'\n", "mail"),
        ["mail.gemspec"] = ("spec.add_dependency 'mail'\n", "mail"),
    };

    [Fact]
    public void Each_import_language_of_the_catalog_has_exactly_one_descriptor()
    {
        Assert.Equal(
            ImportSignature.Languages.OrderBy(l => l, StringComparer.Ordinal),
            SourceLanguages.All.Select(l => l.ImportLanguage).OrderBy(l => l, StringComparer.Ordinal));
    }

    [Fact]
    public void Each_catalog_ecosystem_but_NuGet_belongs_to_exactly_one_descriptor()
    {
        Assert.Equal(
            PackageEcosystems.Others.OrderBy(e => e, StringComparer.Ordinal),
            SourceLanguages.All.SelectMany(l => l.Ecosystems).OrderBy(e => e, StringComparer.Ordinal));
    }

    [Fact]
    public void Each_file_form_belongs_to_one_descriptor_and_the_scan_reads_it_with_that_descriptor()
    {
        var forms = SourceLanguages.All.SelectMany(l => l.Files.Select(f => (Language: l, Form: f))).ToList();
        Assert.Equal(forms.Count, forms.Select(f => f.Form.Pattern).Distinct().Count());
        Assert.Equal(27, forms.Count);
        foreach (var (language, form) in forms)
        {
            var path = Path.Combine("src", form.Pattern.StartsWith('.') ? "mailer" + form.Pattern : form.Pattern);
            Assert.Same(form.Syntax, SourceSyntax.ForFile(path));
            Assert.Same(form.Syntax, SourceSyntax.ForFile(path.ToUpperInvariant()));
            if (form.Syntax != null)
            {
                Assert.Equal(form.ReadsImports ? language.ImportLanguage : null, ImportFinder.LanguageOf(form.Syntax));
            }
        }
    }

    [Fact]
    public void The_short_names_of_SourceSyntax_are_the_descriptors_syntaxes()
    {
        var declared = SourceLanguages.All.SelectMany(l => l.Files).Select(f => f.Syntax).Where(s => s != null).Distinct().ToList();
        var named = typeof(SourceSyntax).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (SourceSyntax?)f.GetValue(null)).ToList();
        Assert.Equal(10, named.Count);
        Assert.All(named, syntax => Assert.Contains(syntax, declared));
        Assert.Equal(declared.Count, named.Distinct().Count());
    }

    [Theory]
    [InlineData(ImportSignature.JavaScript, "@aws-sdk/client-s3", true, false, false)]
    [InlineData(ImportSignature.Php, "PhpOffice\\PhpSpreadsheet", false, true, false)]
    [InlineData(ImportSignature.Java, "javax.mail", false, false, true)]
    [InlineData(ImportSignature.Ruby, "Aws::S3", false, false, true)]
    [InlineData(ImportSignature.Ruby, "caxlsx", false, false, false)]
    [InlineData(ImportSignature.Python, "smtplib", false, false, false)]
    [InlineData(ImportSignature.Go, "net/smtp", false, false, false)]
    public void Each_descriptor_says_how_its_modules_are_matched(string importLanguage, string module, bool packagesByName, bool ignoreCase, bool namedInFull)
    {
        var language = SourceLanguages.Importing(importLanguage)!;
        Assert.Equal(packagesByName, language.ImportsPackagesByName);
        Assert.Equal(ignoreCase, language.ModulesIgnoreCase);
        Assert.Equal(namedInFull, language.NamesInFull(module));
    }

    [Theory]
    [InlineData("mailer.kts", "Kotlin")]
    [InlineData("build.gradle.kts", "Gradle")]
    [InlineData("settings.gradle", "Gradle")]
    [InlineData("index.ts", "TypeScript")]
    [InlineData("Gemfile", "Ruby")]
    [InlineData("my.gemfile", null)]
    [InlineData("index.d.ts", null)]
    [InlineData("Gemfile.lock", null)]
    [InlineData("Program.cs", null)]
    public void The_longest_form_decides_a_file_s_syntax(string name, string? language)
    {
        Assert.Equal(language, SourceSyntax.ForFile(Path.Combine("repo", name))?.Language);
    }

    [Fact]
    public void Each_manifest_form_is_found_by_its_file_name_and_read_into_its_language_s_ecosystem()
    {
        var examples = 0;
        foreach (var language in SourceLanguages.All)
        {
            foreach (var manifest in language.Manifests)
            {
                foreach (var example in manifest.Examples)
                {
                    examples++;
                    var path = Path.Combine("repo", example.Replace('/', Path.DirectorySeparatorChar));
                    var reader = ManifestReaders.For(path);
                    Assert.NotNull(reader);
                    Assert.Equal(manifest.Registry, reader!.Value.Language);
                    Assert.Same(manifest.Read, reader.Value.Read);

                    Assert.True(ManifestSamples.TryGetValue(example, out var sample), "no sample manifest for " + example);
                    var declared = Assert.Single(reader.Value.Read(sample.Text));
                    Assert.Equal(sample.Package, declared.Name);
                    Assert.Contains(declared.Ecosystem, language.Ecosystems);
                }
            }
        }

        Assert.Equal(ManifestSamples.Count, examples);
        Assert.Null(ManifestReaders.For(Path.Combine("repo", "package-lock.json")));
        Assert.Null(ManifestReaders.For(Path.Combine("repo", "notes.txt")));
    }
}
