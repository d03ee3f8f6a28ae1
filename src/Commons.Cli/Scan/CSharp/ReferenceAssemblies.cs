using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using Commons.Engine.Files;
using Microsoft.CodeAnalysis;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// What an ad-hoc compilation of a repository references without building it: the .NET and ASP.NET Core reference
    /// assemblies from the SDK's packs folder (found from the running dotnet), and, where the repository was restored,
    /// the compile assets its obj/project.assets.json names, from the NuGet package folders it lists.
    /// </summary>
    internal static class ReferenceAssemblies
    {
        private static readonly string[] FrameworkPacks = { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" };

        /// <summary>A big solution's project.assets.json runs to a few megabytes; more is not a restore's.</summary>
        private const long MaxAssetsBytes = 64L * 1024 * 1024;

        private static readonly Lazy<IReadOnlyList<(MetadataReference Reference, bool Facade)>> Framework = new Lazy<IReadOnlyList<(MetadataReference, bool)>>(LoadFramework);

        /// <summary>Metadata is read once per file for the whole run: repositories share their packages.</summary>
        private static readonly ConcurrentDictionary<string, MetadataReference> Cache = new ConcurrentDictionary<string, MetadataReference>(StringComparer.Ordinal);

        /// <param name="facades">
        /// Whether to add the packs' facades (<c>netstandard.dll</c>, <c>mscorlib.dll</c>, <c>System.Core.dll</c>…:
        /// assemblies that declare no type, only forward types to the others). A package compiled against .NET Standard
        /// needs them to find its types; source code never does, as a facade adds no type to any namespace. Without
        /// packages they only cost: the compiler looks up every name it cannot resolve among every assembly's
        /// forwarded types, to word its error, and the scan of an unrestored repository is full of such names.
        /// </param>
        public static IReadOnlyList<MetadataReference> ForFramework(bool facades = true) =>
            Framework.Value.Where(r => facades || !r.Facade).Select(r => r.Reference).ToList();

        /// <summary>Whether a .NET SDK's reference packs were found (<see cref="DotnetRoot()"/>): without them no framework type resolves.</summary>
        public static bool FrameworkFound => Framework.Value.Count > 0;

        /// <summary>
        /// The packages of every restored project of the repository; empty when none was restored. An assets file is read
        /// like any other of the repository's files (<paramref name="reader"/>); one that cannot be read or parsed is told
        /// to <paramref name="unreadable"/> (its path, the reason): the scan binds that project's code without its
        /// packages, and the report says why.
        /// </summary>
        public static IReadOnlyList<MetadataReference> ForPackages(RepositoryFiles files, BoundedFileReader reader, Action<string, string> unreadable)
        {
            reader = reader.WithLimit(MaxAssetsBytes);
            var paths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var assets in files.All.Where(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                         .Select(p => Path.Combine(Path.GetDirectoryName(p)!, "obj", "project.assets.json"))
                         .Where(File.Exists))
            {
                foreach (var path in CompileAssets(assets, reader, unreadable))
                {
                    paths.Add(path);
                }
            }

            return paths.Select(Reference).Where(r => r != null).Select(r => r!).ToList();
        }

        /// <summary>
        /// The dotnet root whose <c>packs</c> folder holds the reference assemblies: the first of
        /// <see cref="DotnetRootCandidates"/> that has one, else null (the scan then binds C# without the framework and
        /// says so).
        /// </summary>
        internal static string? DotnetRoot() => DotnetRoot(DotnetRootCandidates());

        internal static string? DotnetRoot(IEnumerable<string?> candidates) =>
            candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && Directory.Exists(Path.Combine(c, "packs", FrameworkPacks[0])));

        /// <summary>
        /// Where a .NET SDK may be, most explicit first: DOTNET_ROOT; three folders above the running runtime
        /// (shared/Microsoft.NETCore.App/x.y.z, the tool as a dotnet tool); the folder of the <c>dotnet</c> on the PATH,
        /// links followed (the native build runs without a runtime folder); the installers' default folders.
        /// </summary>
        internal static IEnumerable<string?> DotnetRootCandidates()
        {
            yield return Environment.GetEnvironmentVariable("DOTNET_ROOT");
            var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            yield return string.IsNullOrEmpty(runtime) ? null : Directory.GetParent(runtime)?.Parent?.Parent?.FullName;
            yield return DotnetOnPath();
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "dotnet");
            }
            else
            {
                yield return "/usr/share/dotnet";
                yield return "/usr/lib/dotnet";
                yield return "/usr/local/share/dotnet";
                yield return "/opt/homebrew/share/dotnet";
            }

            yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet");
        }

        /// <summary>The folder of the first <c>dotnet</c> executable on the PATH, through its links (/usr/bin/dotnet → /usr/share/dotnet/dotnet).</summary>
        private static string? DotnetOnPath()
        {
            var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                try
                {
                    if (folder.Length == 0 || !File.Exists(Path.Combine(folder, name)))
                    {
                        continue;
                    }

                    var file = new FileInfo(Path.Combine(folder, name));
                    var target = file.ResolveLinkTarget(returnFinalTarget: true);
                    return Path.GetDirectoryName((target ?? file).FullName);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
                {
                    // An unreadable or malformed PATH entry: the next one.
                }
            }

            return null;
        }

        private static IReadOnlyList<(MetadataReference, bool)> LoadFramework()
        {
            var root = DotnetRoot();
            var references = new List<(MetadataReference, bool)>();
            if (root == null)
            {
                return references;
            }

            foreach (var pack in FrameworkPacks)
            {
                var folder = Path.Combine(root, "packs", pack);
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                // The newest version of the pack, and its newest target framework folder.
                var version = Directory.EnumerateDirectories(folder).OrderByDescending(d => ParseVersion(Path.GetFileName(d))).FirstOrDefault();
                var tfm = version == null ? null : Directory.EnumerateDirectories(Path.Combine(version, "ref")).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault();
                if (tfm == null)
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(tfm, "*.dll"))
                {
                    if (Reference(file) is MetadataReference reference)
                    {
                        references.Add((reference, IsFacade(reference)));
                    }
                }
            }

            return references;
        }

        /// <summary>
        /// An assembly that defines no type of its own (only the module's) and forwards others: a facade. Read from the
        /// metadata Roslyn loads for the compilation anyway, not from a second opening of the file.
        /// </summary>
        private static bool IsFacade(MetadataReference reference)
        {
            try
            {
                var metadata = ((PortableExecutableReference)reference).GetMetadata() as AssemblyMetadata;
                var reader = metadata?.GetModules()[0].GetMetadataReader();
                return reader != null && reader.TypeDefinitions.Count <= 1 && reader.ExportedTypes.Count > 0;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is BadImageFormatException || ex is InvalidOperationException)
            {
                return false;
            }
        }

        private static IEnumerable<string> CompileAssets(string assetsFile, BoundedFileReader reader, Action<string, string> unreadable)
        {
            var text = reader.ReadText(assetsFile);
            if (text == null)
            {
                yield break; // a FIFO, a link out of the repository, a dump: no packages rather than a stalled scan
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text);
            }
            catch (Exception ex) when (ex is IOException || ex is JsonException || ex is UnauthorizedAccessException)
            {
                unreadable(assetsFile, ex.Message);
                yield break;
            }

            using (document)
            {
                var root = document.RootElement;
                if (!root.TryGetProperty("packageFolders", out var folders) || !root.TryGetProperty("targets", out var targets) || !root.TryGetProperty("libraries", out var libraries))
                {
                    yield break;
                }

                var packageFolders = folders.EnumerateObject().Select(f => f.Name).ToList();
                // The first target is the framework without a runtime identifier: its compile assets are what code sees.
                var target = targets.EnumerateObject().FirstOrDefault();
                if (target.Value.ValueKind != JsonValueKind.Object)
                {
                    yield break;
                }

                foreach (var library in target.Value.EnumerateObject())
                {
                    if (!library.Value.TryGetProperty("type", out var type) || type.GetString() != "package"
                        || !library.Value.TryGetProperty("compile", out var compile)
                        || !libraries.TryGetProperty(library.Name, out var info) || !info.TryGetProperty("path", out var relative))
                    {
                        continue;
                    }

                    foreach (var asset in compile.EnumerateObject().Select(a => a.Name).Where(a => a.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
                    {
                        var file = packageFolders.Select(f => Path.Combine(f, relative.GetString()!, asset)).FirstOrDefault(File.Exists);
                        if (file != null)
                        {
                            yield return Path.GetFullPath(file);
                        }
                    }
                }
            }
        }

        private static MetadataReference? Reference(string path)
        {
            // An assets file names the package folders: one pointing at a FIFO named .dll must not stall the scan.
            if (BoundedFileReader.KindOf(path) is var kind && kind != FileKind.Regular && kind != FileKind.Unknown)
            {
                return null;
            }

            try
            {
                return Cache.GetOrAdd(path, p => MetadataReference.CreateFromFile(p));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is BadImageFormatException)
            {
                return null;
            }
        }

        private static Version ParseVersion(string text) =>
            Version.TryParse(text.Split('-')[0], out var version) ? version : new Version(0, 0);
    }
}
