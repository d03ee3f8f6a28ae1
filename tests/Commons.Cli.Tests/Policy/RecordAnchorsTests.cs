using Commons.Cli.Policy;

namespace Commons.Cli.Tests.Policy;

/// <summary>The record path of a finding's position: the last key at or before it, list items belonging to their key.</summary>
public sealed class RecordAnchorsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("commons-anchors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Positions_map_to_the_key_they_are_written_under()
    {
        var path = Path.Combine(_folder, "commons-decision.yml");
        File.WriteAllText(path, "version: 1\nfront-usager:\n  solution: demat-social\n  besoins:\n    - nir\n    - franceconnect\nbriques:\n  ged:\n    choix: exception\n");
        var anchors = RecordAnchors.Of(path);

        Assert.Equal(
            new[] { "version", "front-usager.solution", "front-usager.besoins", "front-usager.besoins", "briques.ged", "briques.ged.choix" },
            new[] { anchors.At(1, 1), anchors.At(3, 13), anchors.At(5, 7), anchors.At(6, 7), anchors.At(8, 3), anchors.At(9, 12) });
    }

    [Fact]
    public void A_missing_or_broken_record_anchors_everything_to_the_file()
    {
        var broken = Path.Combine(_folder, "broken.yml");
        File.WriteAllText(broken, "version: [1\n");

        Assert.Equal(string.Empty, RecordAnchors.Of(Path.Combine(_folder, "none.yml")).At(3, 1));
        Assert.Equal(string.Empty, RecordAnchors.Of(broken).At(1, 1));
    }
}
