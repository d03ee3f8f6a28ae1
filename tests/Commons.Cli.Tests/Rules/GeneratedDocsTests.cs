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
        var path = RepositoryPaths.Of(file.Split('/'));
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var content = GeneratedDocs.Sections.Single(s => s.File == file && s.Section == section).Content();
        var expected = GeneratedDocs.Rewrite(text, section, content);
        if (expected == text)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(GeneratedDocs.RegenerateVariable) == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.Fail(file + ": the section '" + section + "' is stale. Regenerate it with:\n  " + GeneratedDocs.RegenerateCommand);
    }
}
