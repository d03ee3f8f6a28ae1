using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Commons.Engine.Findings;
using Microsoft.CodeAnalysis;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Runs the package's brick analyzers in process over a repository's C# files, without building it, one job per
    /// type: read the files (<see cref="CSharpSources"/>), choose which to parse and analyse (<see cref="TreeSelection"/>,
    /// <see cref="CSharpPrefilter"/>), compile (<see cref="CSharpCompilationFactory"/>, <see cref="ReferenceAssemblies"/>),
    /// give the analyzers what a build gives them (<see cref="ScanAnalyzerOptions"/>), analyse
    /// (<see cref="BrickAnalysis"/>), turn diagnostics into findings and needed exceptions (<see cref="AnalyzerFindings"/>),
    /// then match by name the types that do not resolve (<see cref="NameMatcher"/>).
    /// </summary>
    internal sealed class CSharpCodeScanner : IRepositoryScanner
    {
        private readonly bool _prefilter;

        /// <param name="prefilter">
        /// Analyse only the files and blocks whose text can hold a signature (<see cref="CSharpPrefilter"/>); false binds
        /// every method body of the repository, the reference the pre-filter is measured and tested against.
        /// </param>
        public CSharpCodeScanner(bool prefilter = true)
        {
            _prefilter = prefilter;
        }

        public string NameKey => "Scanner_CSharp";

        public IEnumerable<Finding> Scan(ScanContext context)
        {
            var prefilter = _prefilter ? CSharpPrefilter.For(context) : null;
            var trees = TreeSelection.Choose(new CSharpSources(context), prefilter);
            if (trees.Sources == 0)
            {
                context.CodeScan = CliText.Get("CodeScan_None", context.Culture);
                return Array.Empty<Finding>();
            }

            var packages = ReferenceAssemblies.ForPackages(context.Files, context.Reader, (assets, reason) =>
                context.Ledger.Skip(context.Repository.Display(assets), CliText.Format(context.Culture, "Skip_Invalid", "project.assets.json", reason)));
            var compilation = CSharpCompilationFactory.Create(context.Repository.Root, trees.Compiled, packages);
            context.Compiled = true;
            var options = ScanAnalyzerOptions.For(context);

            var models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();
            Func<SyntaxTree, SemanticModel> modelOf = tree => models.GetOrAdd(tree, t => compilation.GetSemanticModel(t));
            var names = new NameMatcher(context);
            var globalUsings = NameMatcher.GlobalUsings(compilation);
            var nameMatches = new ConcurrentDictionary<SyntaxTree, List<Finding>>();
            var diagnostics = prefilter != null
                ? BrickAnalysis.OfTrees(compilation, trees.Analysed, options, modelOf, tree => prefilter.BlocksOf(tree, modelOf(tree), trees.EveryFile), (tree, model) =>
                {
                    // Matched by name while its model is bound, then let go: one tree's bound bodies alive per thread, not all.
                    nameMatches[tree] = names.FindIn(model, globalUsings);
                    models.TryRemove(tree, out _);
                })
                : BrickAnalysis.OfCompilation(compilation, options);
            var findings = AnalyzerFindings.From(diagnostics, context);
            foreach (var tree in trees.Analysed)
            {
                findings.AddRange(nameMatches.TryGetValue(tree, out var matched) ? matched : names.FindIn(modelOf(tree), globalUsings));
            }

            context.CodeScan = CliText.Format(context.Culture, packages.Count > 0 ? "CodeScan_Restored" : "CodeScan_NotRestored", trees.Sources, packages.Count);
            if (trees.Analysed.Count < trees.Sources)
            {
                context.CodeScan += CliText.Plural(context.Culture, trees.Analysed.Count, "CodeScan_Prefiltered");
            }

            if (!ReferenceAssemblies.FrameworkFound)
            {
                context.CodeScan += CliText.Get("CodeScan_NoFramework", context.Culture);
            }

            return findings;
        }
    }
}
