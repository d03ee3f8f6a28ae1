using Commons.Engine.Catalog;

namespace Commons.Cli.Tests.Rules;

/// <summary>The generated parts of the documentation match the code; with COMMONS_REGENERATE_DOCS=1 they are rewritten.</summary>
public class GeneratedDocsTests
{
    public static TheoryData<string, string> Sections()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, section, _) in GeneratedDocs.Sections)
        {
            data.Add(file, section);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void The_generated_section_is_up_to_date(string file, string section)
    {
        var content = GeneratedDocs.Sections.Single(s => s.File == file && s.Section == section).Content();
        UpToDate(file, text => GeneratedDocs.Rewrite(text, section, content), "the section '" + section + "' is stale");
    }

    /// <summary>The record schema's brick list (JSON has no comments to mark a section: only that object is rewritten).</summary>
    [Fact]
    public void The_schema_brick_list_is_up_to_date() =>
        UpToDate(SchemaBrickList.File, text => SchemaBrickList.Rewrite(text, BrickCatalog.Embedded), "the brick list (briques) is not the catalog's");

    /// <summary>Fails when <paramref name="rewrite"/> changes the file; with COMMONS_REGENERATE_DOCS=1 writes the change instead.</summary>
    private static void UpToDate(string file, Func<string, string> rewrite, string stale)
    {
        var path = RepositoryPaths.Of(file.Split('/'));
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = rewrite(text);
        if (expected == text)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(GeneratedDocs.RegenerateVariable) == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.Fail(file + ": " + stale + ". Regenerate it with:\n  " + GeneratedDocs.RegenerateCommand);
    }
}
