using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Commons.Analyzers.Tests
{
    /// <summary>Runs one analyzer, or all of them, on markup sources with an optional record and organisation catalog.</summary>
    internal sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public AnalyzerTest(string source, TestReferences? references = null, string? record = null, string? catalog = null)
        {
            TestCode = source;
            _references = references ?? References.Net80;
            this.CompileAgainst(_references);
            if (record != null)
            {
                TestState.AdditionalFiles.Add(("commons-decision.yml", record));
            }

            if (catalog != null)
            {
                TestState.AdditionalFiles.Add(("commons-catalog.yml", catalog));
            }
        }

        /// <summary>Runs every analyzer together: proves one finding is reported once, not by two analyzers.</summary>
        public bool AllAnalyzers
        {
            get => _allAnalyzers;
            set
            {
                _allAnalyzers = value;
                MarkupOptions = value ? MarkupOptions.UseFirstDescriptor : MarkupOptions.None; // several analyzers share the brick IDs
            }
        }

        private bool _allAnalyzers;

        private readonly TestReferences _references;

        /// <summary>A test's other projects (a company's shared library) compile against the same references.</summary>
        protected override Task RunImplAsync(System.Threading.CancellationToken cancellationToken)
        {
            foreach (var project in TestState.AdditionalProjects.Values)
            {
                project.AdditionalReferences.AddRange(_references.Assemblies);
            }

            return base.RunImplAsync(cancellationToken);
        }

        public static Task Run(string source, TestReferences? references = null, string? record = null, string? catalog = null, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest<TAnalyzer>(source, references, record, catalog);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            AllAnalyzers
                ? new DiagnosticAnalyzer[] { new BrickTypeUsageAnalyzer(), new BrickHostAnalyzer(), new AuthenticationSetupAnalyzer(), new CatalogFileAnalyzer() }
                : base.GetDiagnosticAnalyzers();
    }

    internal static class Records
    {
        public const string Header = "version: 1\nprojet:\n  nom: Test\n  nature: autre\n  responsable: DNUM\n  date: 2026-01-01\n  description: Une API interne de test pour les analyseurs\n";

        public static string With(string bricks) => Header + "briques:\n" + bricks;

        public static string Exception(string brick, string echeance) =>
            With("  " + brick + ":\n    choix: exception\n    justification: Le commun ne couvre pas encore notre hébergement isolé, migration prévue\n    echeance: " + echeance + "\n");
    }
}
