using Commons.Engine.Catalog;

namespace Commons.Cli.Tests.Rules;

/// <summary>How the record schema's brick list is rewritten from the catalog (GeneratedDocsTests checks the real one).</summary>
public class SchemaBrickListTests
{
    private const string Schema = "{\n  \"properties\": {\n    \"briques\": {\n      \"type\": \"object\",\n      \"properties\": {\n"
        + "        \"ancienne\": {\n          \"$ref\": \"#/definitions/brique\"\n        },\n"
        + "        \"ged\": {\n          \"description\": \"écrite à la main {}\",\n          \"$ref\": \"#/definitions/brique\"\n        }\n"
        + "      }\n    },\n    \"apres\": { \"type\": \"string\" }\n  }\n}\n";

    private static readonly BrickCatalog Catalog = BrickCatalog.Parse(
        "version: 1\nbricks:\n"
        + "  - id: notifications\n    name-fr: Notifications (envois emails)\n    name-en: Notifications (sending e-mail)\n    diagnostic: CN1004\n    status: planned\n"
        + "  - id: ged\n    name-fr: GED (S3, …)\n    name-en: Document storage (S3, …)\n    diagnostic: CN1005\n    status: planned\n",
        "catalog.yml");

    [Fact]
    public void A_missing_brick_is_added_with_its_names_an_unknown_one_dropped_and_a_written_entry_kept_as_is()
    {
        var expected = "{\n  \"properties\": {\n    \"briques\": {\n      \"type\": \"object\",\n      \"properties\": {\n"
            + "        \"notifications\": {\n          \"description\": \"Brique « Notifications (envois emails) ». / Brick 'Notifications (sending e-mail)'.\",\n          \"$ref\": \"#/definitions/brique\"\n        },\n"
            + "        \"ged\": {\n          \"description\": \"écrite à la main {}\",\n          \"$ref\": \"#/definitions/brique\"\n        }\n"
            + "      }\n    },\n    \"apres\": { \"type\": \"string\" }\n  }\n}\n";
        Assert.Equal(expected, SchemaBrickList.Rewrite(Schema, Catalog));
        Assert.Equal(new[] { "ancienne", "ged" }, SchemaBrickList.Listed(Schema));
        Assert.Equal(expected, SchemaBrickList.Rewrite(expected, Catalog));
    }
}
