using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Commons.Analyzers;
using Commons.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Benchmarks.Analysis
{
    /// <summary>The two analyzer sets compared, and the AdditionalFiles both see (the record and BannedSymbols.txt).</summary>
    internal static class AnalyzerSets
    {
        private static int _resolving;

        /// <summary>A typical record: a few bricks declared, one active exception, one brick declared 'commun'.</summary>
        public const string Record = """
            version: 1
            projet:
              nom: Portail des aides à domicile
              nature: demarche-en-ligne
              responsable: DNUM/SDPSN
              date: 2026-10-14
            front-usager:
              solution: demarches-simplifiees
              besoins: [franceconnect]
            briques:
              notifications: commun
              statistiques: non-concerne
              ged:
                choix: exception
                justification: Le stockage S3 commun n'est pas encore ouvert sur notre hébergement.
                echeance: 2099-06-30
            """;

        public static ImmutableArray<DiagnosticAnalyzer> Ours() => ImmutableArray.Create<DiagnosticAnalyzer>(
            new BrickTypeUsageAnalyzer(), new BrickHostAnalyzer(), new AuthenticationSetupAnalyzer(), new CatalogFileAnalyzer(),
            new BrickFileAnalyzer(), new RecordFileAnalyzer());

        /// <summary>Microsoft.CodeAnalysis.BannedApiAnalyzers, loaded from the package's analyzers/dotnet/cs folder (copied to peer/).</summary>
        public static ImmutableArray<DiagnosticAnalyzer> BannedApi()
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "peer");
            var loader = new Loader();
            if (Interlocked.Exchange(ref _resolving, 1) == 0)
            {
                AssemblyLoadContext.Default.Resolving += (context, name) =>
                {
                    var candidate = Path.Combine(folder, name.Name + ".dll");
                    return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
                };
            }

            var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            var failures = new List<string>();
            foreach (var dll in new[] { "Microsoft.CodeAnalysis.BannedApiAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll" })
            {
                var reference = new AnalyzerFileReference(Path.Combine(folder, dll), loader);
                reference.AnalyzerLoadFailed += (_, e) => failures.Add(dll + ": " + e.Message);
                analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }

            if (analyzers.Count == 0 || failures.Count > 0)
            {
                throw new InvalidOperationException("BannedApiAnalyzers did not load from " + folder + ": " + string.Join("; ", failures));
            }

            return analyzers.ToImmutable();
        }

        /// <summary>The catalog's types as BannedApiAnalyzers lines: T:Namespace.Type (generic arity as `1), N:Namespace for Ns.*.</summary>
        public static string BannedSymbols()
        {
            var catalog = Commons.Engine.Catalog.BrickCatalog.Embedded;
            var types = catalog.Bricks.SelectMany(b => b.Signatures.Types).Concat(catalog.Groups.SelectMany(g => g.Signatures.Types)).Distinct(StringComparer.Ordinal);
            var text = new StringBuilder();
            foreach (var type in types)
            {
                text.Append(Commons.Engine.Catalog.SymbolNames.IsNamespacePattern(type)
                    ? "N:" + Commons.Engine.Catalog.SymbolNames.NamespaceOf(type)
                    : "T:" + Commons.Engine.Catalog.SymbolNames.ToMetadataName(type)).AppendLine(";reimplements a shared brick");
            }

            return text.ToString();
        }

        public static AnalyzerOptions Options() => new(ImmutableArray.Create<AdditionalText>(
            new MemoryText("/corpus/commons-decision.yml", Record),
            new MemoryText("/corpus/BannedSymbols.txt", BannedSymbols())));

        private sealed class MemoryText : AdditionalText
        {
            private readonly SourceText _text;

            public MemoryText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text, Encoding.UTF8);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        private sealed class Loader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath)
            {
                var name = AssemblyName.GetAssemblyName(fullPath);
                var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name) && a.GetName().Name == name.Name);
                return loaded ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
            }
        }
    }
}
