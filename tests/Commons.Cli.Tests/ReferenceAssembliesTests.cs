using Commons.Cli.Scan;

namespace Commons.Cli.Tests;

/// <summary>
/// Where the scan finds the .NET reference assemblies it compiles a repository against: the native build has no
/// runtime folder to start from, so the candidates are tried in order and the first holding a reference pack wins.
/// </summary>
public sealed class ReferenceAssembliesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("commons-dotnet-root-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_first_candidate_holding_a_reference_pack_is_the_root()
    {
        var empty = Folder("empty");
        var runtimeOnly = Folder("runtime-only/shared/Microsoft.NETCore.App/8.0.0");
        var sdk = Folder("sdk");
        Folder("sdk/packs/Microsoft.NETCore.App.Ref/8.0.0/ref/net8.0");
        var other = Folder("other");
        Folder("other/packs/Microsoft.NETCore.App.Ref/9.0.0/ref/net9.0");

        var root = ReferenceAssemblies.DotnetRoot(new[] { null, "", Path.Combine(_root, "missing"), empty, Path.Combine(_root, "runtime-only"), sdk, other });

        Assert.Equal(sdk, root);
    }

    [Fact]
    public void A_packs_folder_without_the_reference_pack_is_not_a_root()
    {
        var aspnetOnly = Folder("aspnet-only");
        Folder("aspnet-only/packs/Microsoft.AspNetCore.App.Ref/8.0.0");

        Assert.Null(ReferenceAssemblies.DotnetRoot(new[] { aspnetOnly, null }));
    }

    [Fact]
    public void On_this_machine_the_sdk_running_the_tests_is_found()
    {
        var root = ReferenceAssemblies.DotnetRoot();

        Assert.NotNull(root);
        Assert.True(Directory.Exists(Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref")), root);
        Assert.True(ReferenceAssemblies.FrameworkFound);
    }

    private string Folder(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(path);
        return path;
    }
}
