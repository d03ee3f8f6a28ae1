namespace Commons.Cli.Tests;

/// <summary>
/// docs/msbuild.md says what each editor family shows live and what to do where it falls short: one row per family in
/// both languages, and the two commands that stand in for the editor (the code fix, the record's findings).
/// </summary>
public class EditorDocsTests
{
    private static readonly string[] Families = { "Visual Studio 2022 |", "VS Code, C# Dev Kit (", "Rider |", "csharp-ls (Neovim, Helix, Emacs, Zed) |" };

    [Fact]
    public void Every_editor_family_has_its_row_in_both_languages_with_the_commands_to_use_instead()
    {
        var docs = File.ReadAllText(RepositoryPaths.Of("docs", "msbuild.md")).Replace("\r\n", "\n");
        var start = docs.IndexOf("### Dans les éditeurs / In editors\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/msbuild.md has no editors section");
        var section = docs[start..docs.IndexOf("\n## ", start, StringComparison.Ordinal)];
        foreach (var family in Families)
        {
            Assert.Equal(2, section.Split("\n| " + family).Length - 1);
        }

        Assert.Equal(2, section.Split("**non** : le serveur ne charge que les correctifs de Roslyn lui-même").Length
                        + section.Split("**no**: the server loads code fixes only from Roslyn's own assemblies").Length - 2);
        Assert.Equal(2, section.Split("`dotnet format analyzers --diagnostics CN1004 --severity warn`").Length - 1);
        Assert.Equal(2, section.Split("`commons exception add ged --justification \"…\" --echeance 2027-06-30`").Length - 1);
        Assert.Equal(2, section.Split("`commons check` (ou `dotnet build`)").Length + section.Split("`commons check` (or `dotnet build`)").Length - 2);
    }
}
