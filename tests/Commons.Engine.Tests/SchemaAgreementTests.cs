using System.Globalization;
using System.Text.Json.Nodes;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Policy;
using Commons.Engine.Yaml;
using Json.Schema;
using static Commons.Engine.Tests.RecordTesting;

namespace Commons.Engine.Tests;

/// <summary>
/// The JSON schema (for editors) and the engine (for the build) must agree: what the engine accepts
/// validates, and what the engine refuses for its shape the schema refuses too.
/// </summary>
public class SchemaAgreementTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Of("rules", "commons-decision.schema.json")));

    private static bool SchemaAccepts(string yaml)
    {
        var root = RecordYamlReader.Read(yaml, new FindingSink(null, CultureInfo.InvariantCulture), ReaderLimits.Default);
        var json = YamlToJson.Convert(root!);
        return Schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;
    }

    [Fact]
    public void Every_record_the_engine_accepts_validates_against_the_schema()
    {
        var accepted = Directory.GetFiles(RepositoryPaths.Of("samples"), "commons-decision.yml", SearchOption.AllDirectories)
            .Where(path => !Validator().ValidateFile(path).HasErrors)
            .ToList();
        Assert.True(accepted.Count >= 6, "too few accepted samples: " + accepted.Count);
        foreach (var path in accepted)
        {
            Assert.True(SchemaAccepts(File.ReadAllText(path)), path + " is accepted by the engine but not by the schema");
        }
    }

    public static TheoryData<string, string> ShapeErrors() => new()
    {
        { "CN0009", Demarche + "\nbudget: 12\n" },
        { "CN0009", Demarche.Replace("  responsable: DNUM/SDPSN", "  responsable: DNUM/SDPSN\n  chef: moi") },
        { "CN0009", Demarche + "\nbriques:\n  notification: commun\n" },
        { "CN0010", "version: 1\nprojet: mon projet\n" },
        { "CN0010", Demarche.Replace("besoins: [franceconnect]", "besoins: franceconnect") },
        { "CN0010", RecordOf("referentiel", "referentiel:\n  solution: glpi\n  besoins: [inventaire]\n  controle-modele-donnees: yes\n") },
        { "CN0011", Demarche.Replace("nature: demarche-en-ligne", "nature: demarche") },
        { "CN0011", Demarche.Replace("[franceconnect]", "[nri]") },
        { "CN0011", Demarche + "\nbriques:\n  ged: partiel\n" },
        { "CN0011", Demarche.Replace("demarches-simplifiees", "demarches-simplifies") },
        { "CN0008", Demarche.Replace("version: 1", "version: 2") },
        { "CN0008", Demarche.Replace("version: 1\n", "") },
        { "CN0013", Demarche.Replace("  nom: Portail des aides\n", "") },
        { "CN0013", RecordOf("site-editorial", "") },
        { "CN0013", RecordOf("autre", "") },
        { "CN0013", Demarche + "\nbriques:\n  ged:\n    choix: exception\n    justification: Le stockage commun n'est pas ouvert.\n" },
        { "CN0015", Demarche.Replace("date: 2026-10-14", "date: 14/10/2026") },
        // Shape rules the schema learnt from the YAML editor's review (issue 22): a specific choice needs its reason,
        // an exception its long form, a date must exist, a placeholder is no reason, a null projet is one finding.
        { "CN0013", RecordOf("site-editorial", "site:\n  solution: specifique\n") },
        { "CN0013", Demarche.Replace("demarches-simplifiees", "specifique").Replace("[franceconnect]", "[franceconnect, nir]") },
        { "CN0013", Demarche + "\nback-office:\n  solution: specifique\n  compromis-recherche: true\n  limites-glpi: [workflow]\n  options-ecartees:\n    glpi-api: Son API ne couvre pas nos circuits.\n    glpi-enrichi: Les extensions ne tiennent pas la charge.\n" },
        { "CN0013", RecordOf("referentiel", "referentiel:\n  solution: specifique\n  besoins: [autre]\n  controle-modele-donnees: true\n") },
        { "CN0013", Demarche + "\nbriques:\n  ged: exception\n" },
        { "CN0013", "version: 1\nprojet:\nfront-usager:\n  solution: demarches-simplifiees\n" },
        { "CN0015", Demarche.Replace("date: 2026-10-14", "date: 2026-13-45") },
        { "CN0015", Demarche + "\nbriques:\n  ged:\n    choix: exception\n    justification: Le stockage commun n'est pas ouvert.\n    echeance: 2027-02-29\n" },
        { "CN0014", Demarche + "\nbriques:\n  ged:\n    choix: exception\n    justification: \"À compléter : pourquoi le commun ne convient pas\"\n    echeance: 2027-06-30\n" },
        { "CN0014", RecordOf("site-editorial", "site:\n  solution: specifique\n  justification: TODO\n") },
    };

    [Fact]
    public void Every_placeholder_of_the_policy_data_is_refused_by_the_schema()
    {
        // The schema's justification pattern repeats rules/tree.yml's placeholder words for the editor: they must agree.
        var tree = PolicyTree.Embedded;
        string WithJustification(string text) =>
            RecordOf("site-editorial", "site:\n  solution: specifique\n  justification: \"" + text + "\"\n");
        foreach (var placeholder in tree.JustificationPlaceholders)
        {
            Assert.False(SchemaAccepts(WithJustification(placeholder)), "the schema accepts the placeholder '" + placeholder + "'");
        }

        foreach (var prefix in tree.JustificationPlaceholderPrefixes)
        {
            var text = prefix + " : la raison viendra plus tard";
            Assert.Contains(Validate(WithJustification(text)).Findings, f => f.Id == "CN0014");
            Assert.False(SchemaAccepts(WithJustification(text)), "the schema accepts '" + text + "'");
        }
    }

    [Theory]
    [MemberData(nameof(ShapeErrors))]
    public void Every_shape_error_of_the_engine_is_refused_by_the_schema(string id, string yaml)
    {
        Assert.Contains(Validate(yaml).Findings, f => f.Id == id);
        Assert.False(SchemaAccepts(yaml), "the schema accepts a record the engine refuses with " + id);
    }

    [Fact]
    public void Schema_lists_match_the_policy_data()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Of("rules", "commons-decision.schema.json")))!;
        var properties = schema["properties"]!;
        var tree = PolicyTree.Embedded;

        Assert.Equal(tree.Natures.Keys, Enum(properties["projet"]!["properties"]!["nature"]!));
        Assert.Equal(tree.SiteSolutions, Enum(properties["site"]!["properties"]!["solution"]!));
        Assert.Equal(tree.FrontSolutions, Enum(properties["front-usager"]!["properties"]!["solution"]!));
        Assert.Equal(tree.FrontNeeds.Keys, Enum(properties["front-usager"]!["properties"]!["besoins"]!["items"]!));
        Assert.Equal(tree.BackOfficeLadder, Enum(properties["back-office"]!["properties"]!["solution"]!));
        Assert.Equal(tree.GlpiLimits.Keys, Enum(properties["back-office"]!["properties"]!["limites-glpi"]!["items"]!));
        Assert.Equal(tree.BackOfficeStepsToRuleOut, properties["back-office"]!["properties"]!["options-ecartees"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(tree.ReferentialSolutions, Enum(properties["referentiel"]!["properties"]!["solution"]!));
        Assert.Equal(tree.ReferentialNeeds, Enum(properties["referentiel"]!["properties"]!["besoins"]!["items"]!));
        Assert.Equal(tree.BrickChoices, Enum(schema["definitions"]!["choix"]!));
        // The short form `<brick>: choice` cannot hold an exception's justification and expiry.
        Assert.Equal(tree.BrickChoices.Where(c => c != "exception"), Enum(schema["definitions"]!["choix-court"]!));
        Assert.Equal(BrickCatalog.Embedded.Ids, properties["briques"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Schema_forbids_additional_properties_everywhere()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Of("rules", "commons-decision.schema.json")))!;
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        foreach (var section in schema["properties"]!.AsObject().Where(p => p.Value!["type"]?.GetValue<string>() == "object"))
        {
            Assert.False(section.Value!["additionalProperties"]!.GetValue<bool>(), section.Key);
        }
    }

    private static IEnumerable<string> Enum(JsonNode node) => node["enum"]!.AsArray().Select(v => v!.GetValue<string>());
}
