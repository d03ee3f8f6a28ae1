using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Threading;
using Commons.Engine.Catalog;
using Commons.Engine.Files;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// What the brick analyzers receive in a scan, as the package gives them in a build: the catalog, the record and the
    /// organisation's catalog as additional files, and the build properties as global options.
    /// </summary>
    internal static class ScanAnalyzerOptions
    {
        public static CompilationWithAnalyzersOptions For(ScanContext context)
        {
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
            // fournisseur claims (CommonsVerifiedProviders) reach the analyzers as global options, so --today decides
            // whether an exception has expired for the code findings too and --lang writes them. The scan alone also asks
            // for the findings an exception exempts (hidden), to tell the exceptions some code still needs from those none does.
            var globals = new BuildProperties(new Dictionary<string, string>
            {
                ["build_property.CommonsToday"] = context.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["build_property.CommonsLanguage"] = context.Culture.TwoLetterISOLanguageName,
                ["build_property.CommonsReportExempt"] = "true",
                ["build_property.CommonsVerifiedProviders"] = context.Verdicts.VerifiedProviders,
            });
            return new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additional.ToImmutableArray(), globals), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
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

        /// <summary>A repository file given to the analyzers, read like every other (bounded, regular, inside the repository).</summary>
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
