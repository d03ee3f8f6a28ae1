using Commons.Engine.Record;
using static Commons.Cli.Tests.CliRunner;

namespace Commons.Cli.Tests;

/// <summary><c>commons exception add</c>: the code fix for teams without a .NET IDE.</summary>
public sealed class ExceptionCommandTests : IDisposable
{
    private const string Today = "2026-11-28";
    private const string Reason = "Le stockage S3 commun n'est pas encore ouvert sur notre hébergement isolé.";

    private const string Record =
        "# Fiche de décision du portail (revue en comité le 3 mars)\n" +
        "version: 1\n" +
        "projet:\n" +
        "  nom: Portail des aides\n" +
        "  nature: autre\n" +
        "  responsable: DNUM/SDPSN\n" +
        "  date: 2026-10-14\n" +
        "  description: Une API interne qui calcule les aides\n" +
        "briques:\n" +
        "  notifications: commun   # le service d'envoi du ministère\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("commons-exception-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string RecordPath => Path.Combine(_folder, RecordValidator.FileName);

    [Fact]
    public void The_exception_is_written_in_place_and_the_comments_stay()
    {
        File.WriteAllText(RecordPath, Record);
        var (code, output, error) = Run("exception", "add", "ged", _folder, "--justification", Reason, "--echeance", "2027-06-30", "--today", Today);

        Assert.True(code == 0, error);
        Assert.Contains("Exception enregistrée pour « ged » jusqu'au 2027-06-30", output);
        Assert.Equal(Record.Replace("briques:\n", "briques:\n  ged:\n    choix: exception\n    justification: \"" + Reason + "\"\n    echeance: 2027-06-30\n"), File.ReadAllText(RecordPath));
        Assert.Equal(0, Run("check", _folder, "--today", Today).ExitCode);
    }

    [Fact]
    public void A_commun_declaration_is_replaced_by_the_exception()
    {
        File.WriteAllText(RecordPath, Record);
        var (code, _, error) = Run("exception", "add", "notifications", RecordPath, "--justification", Reason, "--echeance", "2027-06-30", "--today", Today);

        Assert.True(code == 0, error);
        var text = File.ReadAllText(RecordPath);
        Assert.DoesNotContain("notifications: commun", text);
        Assert.Contains("  notifications:\n    choix: exception\n", text);
        Assert.StartsWith("# Fiche de décision du portail", text);
    }

    [Theory]
    [InlineData("ged", "à compléter", "2027-06-30", "CN0014")]        // a placeholder is not a justification
    [InlineData("ged", Reason, "2026-01-31", "CN0201")]               // already expired
    [InlineData("gedd", Reason, "2027-06-30", "CN0009")]              // no such brick: did you mean ged?
    public void What_check_would_refuse_is_refused_and_nothing_is_written(string brick, string justification, string echeance, string id)
    {
        File.WriteAllText(RecordPath, Record);
        var (code, _, error) = Run("exception", "add", brick, _folder, "--justification", justification, "--echeance", echeance, "--today", Today, "--lang", "en");

        Assert.Equal(1, code);
        Assert.Contains("error " + id, error);
        Assert.Contains("the exception was not recorded", error);
        Assert.Equal(Record, File.ReadAllText(RecordPath));
    }

    [Theory]
    [InlineData("version: 1\nbriques:\n\tged: commun\n")]              // a tab in the indentation (CN0006)
    [InlineData("version: 1\nbriques: &b\n  ged: commun\nautre: *b\n")] // an alias (CN0004)
    public void A_record_with_a_file_level_error_is_left_to_check_and_not_edited(string record)
    {
        File.WriteAllText(RecordPath, record);
        var (code, _, error) = Run("exception", "add", "ged", _folder, "--justification", Reason, "--echeance", "2027-06-30", "--lang", "en");

        Assert.Equal(1, code);
        Assert.Contains("cannot be edited safely: run 'commons check'", error);
        Assert.Equal(record, File.ReadAllText(RecordPath));
    }

    [Fact]
    public void Without_a_record_it_says_how_to_write_one()
    {
        var (code, _, error) = Run("exception", "add", "ged", _folder, "--justification", Reason, "--echeance", "2027-06-30", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("write one first with 'commons init'", error);
    }

    [Theory]
    [InlineData("--echeance", "30/06/2027", "--echeance expects a date written YYYY-MM-DD")]
    [InlineData(null, null, "--echeance is required.")]
    public void A_bad_or_missing_date_is_a_usage_error(string? option, string? value, string message)
    {
        File.WriteAllText(RecordPath, Record);
        var args = new List<string> { "exception", "add", "ged", _folder, "--justification", Reason, "--lang", "en" };
        if (option != null)
        {
            args.Add(option);
            args.Add(value!);
        }

        var (code, _, error) = Run(args.ToArray());
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.Equal(Record, File.ReadAllText(RecordPath));
    }
}
