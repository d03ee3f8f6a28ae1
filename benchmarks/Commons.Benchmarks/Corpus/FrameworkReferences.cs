using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Commons.Benchmarks.Corpus
{
    /// <summary>
    /// The reference assemblies a .NET 10 web application compiles against: Microsoft.NETCore.App.Ref and
    /// Microsoft.AspNetCore.App.Ref from the SDK that runs the benchmark (the same ones <c>dotnet build</c> uses).
    /// </summary>
    internal static class FrameworkReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Load);

        public static ImmutableArray<MetadataReference> Get() => All.Value;

        public static string DotNetRoot()
        {
            // .../shared/Microsoft.NETCore.App/10.0.x/System.Private.CoreLib.dll -> the dotnet root, four levels up.
            var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            return Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        }

        private static ImmutableArray<MetadataReference> Load()
        {
            var packs = Path.Combine(DotNetRoot(), "packs");
            var builder = ImmutableArray.CreateBuilder<MetadataReference>();
            foreach (var pack in new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" })
            {
                var directory = RefDirectory(Path.Combine(packs, pack));
                foreach (var dll in Directory.GetFiles(directory, "*.dll").OrderBy(f => f, StringComparer.Ordinal))
                {
                    builder.Add(MetadataReference.CreateFromFile(dll));
                }
            }

            return builder.ToImmutable();
        }

        private static string RefDirectory(string pack)
        {
            var major = Environment.Version.Major;
            var version = Directory.Exists(pack)
                ? Directory.GetDirectories(pack)
                    .Select(Path.GetFileName)
                    .Where(v => v!.StartsWith(major + ".", StringComparison.Ordinal))
                    .OrderByDescending(v => Version.TryParse(v!.Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
                    .FirstOrDefault()
                : null;
            var directory = version == null ? null : Path.Combine(pack, version, "ref", "net" + major + ".0");
            if (directory == null || !Directory.Exists(directory))
            {
                throw new InvalidOperationException("reference pack not found: " + pack + " (net" + major + ".0); the benchmark needs the .NET SDK's packs folder");
            }

            return directory;
        }
    }
}
