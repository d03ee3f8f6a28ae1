using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Commons.Benchmarks.Corpus
{
    /// <summary>A corpus: its source files parsed once, and a fresh compilation of them on demand (nothing bound yet).</summary>
    internal sealed class CorpusCompilation
    {
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        private readonly ImmutableArray<MetadataReference> _references;

        public CorpusCompilation(string name, IReadOnlyList<SourceFile> files, IEnumerable<MetadataReference> references)
        {
            Name = name;
            Files = files;
            Lines = files.Sum(f => f.Lines);
            Trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.Path)).ToImmutableArray();
            _references = references.ToImmutableArray();
        }

        public string Name { get; }

        public IReadOnlyList<SourceFile> Files { get; }

        public int Lines { get; }

        public ImmutableArray<SyntaxTree> Trees { get; }

        public CSharpCompilation Create() => CSharpCompilation.Create(
            Name,
            Trees,
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));

        /// <summary>Compiler errors of the corpus: a corpus that does not compile would measure error recovery, not binding.</summary>
        public IReadOnlyList<Diagnostic> Errors() => Create().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    internal sealed record SourceFile(string Path, string Text)
    {
        public int Lines { get; } = CountLines(Text);

        private static int CountLines(string text)
        {
            var lines = 1;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    lines++;
                }
            }

            return text.EndsWith('\n') ? lines - 1 : lines;
        }
    }
}
