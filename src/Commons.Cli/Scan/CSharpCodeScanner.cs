using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Commons.Engine.Catalog;
using Commons.Engine.Files;
using Commons.Engine.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Runs the package's brick analyzers (Commons.Analyzers, same catalog) in process over a repository's C# files,
    /// without building it: one ad-hoc compilation with the framework's reference assemblies and, where the repository
    /// was restored, its packages. The record reaches the analyzers as an additional file, as in a build. Types that
    /// do not resolve (packages never restored) fall back to <see cref="NameMatcher"/>.
    /// </summary>
    internal sealed class CSharpCodeScanner : IRepositoryScanner
    {
        public string NameKey => "Scanner_CSharp";

        /// <summary>The SDK's implicit usings (Microsoft.NET.Sdk and .Web): most projects rely on them.</summary>
        private const string ImplicitUsings =
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; "
            + "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks; "
            + "global using Microsoft.AspNetCore.Builder; global using Microsoft.AspNetCore.Hosting; global using Microsoft.AspNetCore.Http; "
            + "global using Microsoft.AspNetCore.Routing; global using Microsoft.Extensions.Configuration; "
            + "global using Microsoft.Extensions.DependencyInjection; global using Microsoft.Extensions.Hosting; global using Microsoft.Extensions.Logging;";

        private const long MaxFileBytes = 2 * 1024 * 1024;

        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new Lazy<ImmutableArray<DiagnosticAnalyzer>>(() =>
            typeof(Commons.Analyzers.BrickHostAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray());

        private readonly bool _prefilter;

        /// <param name="prefilter">
        /// Analyse only the files whose text can hold a signature (<see cref="CSharpPrefilter"/>); false binds every
        /// method body of the repository, the reference the pre-filter is measured and tested against.
        /// </param>
        public CSharpCodeScanner(bool prefilter = true)
        {
            _prefilter = prefilter;
        }

        public IEnumerable<Finding> Scan(ScanContext context)
        {
            var sources = new List<string>();
            var contents = new List<byte[]>();
            var reader = context.Reader.WithLimit(MaxFileBytes);
            foreach (var file in context.Files.WithExtension(".cs"))
            {
                var content = reader.Read(file);
                if (content.Bytes != null)
                {
                    sources.Add(file);
                    contents.Add(content.Bytes);
                    context.Ledger.Read(context.Repository.Display(file), "C#");
                }
                else
                {
                    TextFile.Skip(context, context.Repository.Display(file), content, MaxFileBytes);
                }
            }

            if (sources.Count == 0)
            {
                context.CodeScan = CliText.Get("CodeScan_None", context.Culture);
                return Array.Empty<Finding>();
            }

            var options = new CSharpParseOptions(LanguageVersion.Preview);
            var trees = new SyntaxTree[sources.Count];
            Parallel.For(0, sources.Count, i =>
            {
                var bytes = contents[i];
                var text = SourceText.From(bytes, bytes.Length, Encoding.UTF8, canBeEmbedded: false, throwIfBinaryDetected: false);
                trees[i] = CSharpSyntaxTree.ParseText(text, options, sources[i]);
            });

            var packages = ReferenceAssemblies.ForPackages(context.Files, context.Reader, (assets, reason) =>
                context.Ledger.Skip(context.Repository.Display(assets), CliText.Format(context.Culture, "Skip_Invalid", "project.assets.json", reason)));
            var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, options, Path.Combine(context.Repository.Root, "obj", "commons.ImplicitUsings.g.cs"));
            // Nullable analysis off: no signature depends on nullability, and the semantic model skips that pass.
            var compilation = CSharpCompilation.Create(
                "commons-scan",
                trees.Append(usings),
                ReferenceAssemblies.ForFramework().Concat(packages),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, concurrentBuild: true));

            // The scan's catalog, the proposed one under `policy diff`: the analyzers apply it rather than their own.
            var additional = new List<AdditionalText> { Commons.Analyzers.InjectedCatalog.For(context.Catalog) };
            foreach (var name in new[] { Engine.Record.RecordValidator.FileName, BrickCatalog.OrganisationFileName })
            {
                var path = Path.Combine(context.Repository.Root, name);
                if (File.Exists(path))
                {
                    additional.Add(new FileText(path, context.Reader.WithLimit(Engine.Yaml.ReaderLimits.Default.MaxBytes)));
                }
            }

            // As the package does in a build: the date (CommonsToday), the language (CommonsLanguage) and the verified
            // fournisseur claims (CommonsVerifiedProviders) reach the analyzers
            // as global options, so --today decides whether an exception has expired for the code findings too and --lang
            // writes them. The scan alone also asks for the findings an exception exempts (hidden), to tell the exceptions
            // some code still needs from those none does.
            var globals = new BuildProperties(new Dictionary<string, string>
            {
                ["build_property.CommonsToday"] = context.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["build_property.CommonsLanguage"] = context.Culture.TwoLetterISOLanguageName,
                ["build_property.CommonsReportExempt"] = "true",
                ["build_property.CommonsVerifiedProviders"] = context.Verdicts.VerifiedProviders,
            });
            var analysisOptions = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additional.ToImmutableArray(), globals), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var analysed = _prefilter ? CSharpPrefilter.For(context).Select(trees) : trees;
            var models = new System.Collections.Concurrent.ConcurrentDictionary<SyntaxTree, SemanticModel>();
            Func<SyntaxTree, SemanticModel> modelOf = tree => models.GetOrAdd(tree, t => compilation.GetSemanticModel(t));
            var diagnostics = _prefilter
                ? AnalyseTrees(compilation, analysed, analysisOptions, modelOf)
                : compilation.WithAnalyzers(Analyzers.Value, analysisOptions).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

            // Which exceptions the code needs (CN0210): the brick an exception exempted (BrickReporter.ExemptProperty), or
            // the brick a finding is reported under (BrickReporter.BrickProperty; an expired exception still covers it).
            foreach (var diagnostic in diagnostics)
            {
                if ((diagnostic.Properties.TryGetValue("exempt", out var brick) || diagnostic.Properties.TryGetValue("brick", out brick)) && brick != null)
                {
                    context.Verdicts.MarkNeeded(brick);
                }
            }

            context.Verdicts.CodeAnalysed = true;

            var findings = diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error || d.Severity == DiagnosticSeverity.Warning)
                .Select(d => ToFinding(d, context))
                .ToList();
            var nameMatches = new NameMatcher(context).Find(compilation, analysed, modelOf);
            findings.AddRange(nameMatches);

            context.CodeScan = CliText.Format(
                context.Culture,
                packages.Count > 0 ? "CodeScan_Restored" : "CodeScan_NotRestored",
                sources.Count,
                packages.Count);
            if (analysed.Count < trees.Length)
            {
                context.CodeScan += CliText.Plural(context.Culture, analysed.Count, "CodeScan_Prefiltered");
            }

            return findings;
        }

        /// <summary>
        /// The analyzers on the chosen trees only: their symbols and the operations of their bodies, with one semantic
        /// model per tree that the name matcher reuses (<see cref="SelectedTreesDriver"/>); Roslyn's per-file analysis if
        /// an analyzer registers an action that driver does not raise. The additional files (the organisation's catalog)
        /// are analysed apart, in a compilation without code, so their diagnostics cost no binding either.
        /// </summary>
        private static ImmutableArray<Diagnostic> AnalyseTrees(CSharpCompilation compilation, IReadOnlyList<SyntaxTree> trees, CompilationWithAnalyzersOptions options, Func<SyntaxTree, SemanticModel> models)
        {
            var driver = new SelectedTreesDriver(compilation, Analyzers.Value, options.Options!);
            var found = driver.Supports && driver.TryAnalyse(trees, models, CancellationToken.None, out var diagnostics)
                ? diagnostics
                : RoslynPerFile(compilation, trees, options);

            var files = CSharpCompilation.Create("commons-scan-files", Array.Empty<SyntaxTree>(), compilation.References, compilation.Options)
                .WithAnalyzers(Analyzers.Value, options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            return found.AddRange(files);
        }

        private static ImmutableArray<Diagnostic> RoslynPerFile(CSharpCompilation compilation, IReadOnlyList<SyntaxTree> trees, CompilationWithAnalyzersOptions options)
        {
            var analyzers = compilation.WithAnalyzers(Analyzers.Value, options);
            var found = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
            Parallel.ForEach(trees, tree =>
            {
                foreach (var diagnostic in analyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).GetAwaiter().GetResult())
                {
                    found.Add(diagnostic);
                }

                foreach (var diagnostic in analyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None).GetAwaiter().GetResult())
                {
                    found.Add(diagnostic);
                }
            });

            return found.ToImmutableArray();
        }

        private static Finding ToFinding(Diagnostic diagnostic, ScanContext context)
        {
            var span = diagnostic.Location.GetLineSpan();
            var path = string.IsNullOrEmpty(span.Path) ? context.Repository.RecordPath : span.Path;
            return new Finding(
                diagnostic.Id,
                diagnostic.Severity == DiagnosticSeverity.Error ? FindingSeverity.Error : FindingSeverity.Warning,
                diagnostic.GetMessage(context.Culture),
                context.Repository.Display(path),
                new SourcePosition(span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        }

        /// <summary>Global analyzer options (what MSBuild passes as build_property.*), the same for every file.</summary>
        private sealed class BuildProperties : AnalyzerConfigOptionsProvider
        {
            private readonly Options _options;

            public BuildProperties(Dictionary<string, string> values)
            {
                _options = new Options(values);
            }

            public override AnalyzerConfigOptions GlobalOptions => _options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly Dictionary<string, string> _values;

                public Options(Dictionary<string, string> values)
                {
                    _values = values;
                }

                public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                    _values.TryGetValue(key, out value);
            }
        }

        private sealed class FileText : AdditionalText
        {
            private readonly Lazy<SourceText?> _text;

            public FileText(string path, BoundedFileReader reader)
            {
                Path = path;
                _text = new Lazy<SourceText?>(() => reader.ReadText(path) is string text ? SourceText.From(text, Encoding.UTF8) : null);
            }

            public override string Path { get; }

            public override SourceText? GetText(CancellationToken cancellationToken = default) => _text.Value;
        }
    }
}
