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
    };

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
