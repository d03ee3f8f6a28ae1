using Microsoft.CodeAnalysis;

namespace Commons.Benchmarks.Corpus
{
    /// <summary>The project's own sources: Commons.Engine and Commons.Analyzers compiled together (the code the analyzers ship in).</summary>
    internal static class OwnSources
    {
        public static CorpusCompilation Load(string repositoryRoot)
        {
            var files = new List<SourceFile>();
            foreach (var project in new[] { "Commons.Engine", "Commons.Analyzers" })
            {
                var directory = Path.Combine(repositoryRoot, "src", project);
                foreach (var path in Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
                {
                    var relative = Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/');
                    if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                        || (project == "Commons.Analyzers" && relative.EndsWith("/Properties.cs", StringComparison.Ordinal)))
                    {
                        continue; // build output, and the second copy of the assembly attribute
                    }

                    files.Add(new SourceFile(relative, File.ReadAllText(path)));
                }
            }

            var references = FrameworkReferences.Get()
                .Concat(new[] { typeof(YamlDotNet.Serialization.Deserializer), typeof(Compilation), typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation) }
                    .Select(t => MetadataReference.CreateFromFile(t.Assembly.Location)))
                .Append(BrickStubs.Reference);
            return new CorpusCompilation("own-sources", files, references);
        }

        public static string FindRepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }
}
