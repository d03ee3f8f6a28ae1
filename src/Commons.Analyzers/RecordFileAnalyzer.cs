using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Commons.Engine.Findings;
using Commons.Engine.Record;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Analyzers
{
    /// <summary>
    /// The record's own findings (CN0002…CN02xx) on commons-decision.yml while it is edited, as PublicApiAnalyzers
    /// reports on its files: the task that checks the record does not run in the IDE's design-time builds. Only there:
    /// the package hands the analyzers _CommonsLiveRecord (CommonsLiveRecord, set by default in design-time builds and
    /// builds inside Visual Studio) never in a command-line build where the task checks the record and prints each
    /// finding once for the whole build. Same engine, same language, same date.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RecordFileAnalyzer : DiagnosticAnalyzer
    {
        internal const string LiveRecordKey = "build_property._CommonsLiveRecord";

        /// <summary>One descriptor per rule of the record (IDs, severities and help pages are the engine's).</summary>
        private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ByRule = RecordRules.All.ToImmutableDictionary(
            rule => rule.Id,
            rule => new DiagnosticDescriptor(
                rule.Id,
                new RecordRuleTitle(rule),
                VerbatimMessage.Instance,
                "Commons.Record",
                rule.DefaultSeverity == FindingSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                description: null,
                helpLinkUri: rule.HelpUri));

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ByRule.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterAdditionalFileAction(OnAdditionalFile);
        }

        private static void OnAdditionalFile(AdditionalFileAnalysisContext context)
        {
            var options = context.Options;
            if (!options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(LiveRecordKey, out var live) ||
                !string.Equals(live.Trim(), "true", StringComparison.OrdinalIgnoreCase) ||
                AnalysisSession.FindRecord(options) != context.AdditionalFile)
            {
                return;
            }

            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text == null)
            {
                return;
            }

            var today = AnalysisSession.Today(options);
            // The organisation's catalog too, as the build's check and the scan read the record: a brick it opened turns
            // an exception into CN0211 while the record is typed, not only at the next build.
            var catalog = AnalysisSession.LoadCatalog(options, context.CancellationToken).Catalog;
            var validator = new RecordValidator(new ValidationOptions { Culture = AnalysisSession.CultureOf(options), Today = () => today }, catalog: catalog);
            var helpBase = AnalysisSession.HelpBase(options);
            foreach (var finding in validator.ValidateText(text.ToString(), context.AdditionalFile.Path).Findings)
            {
                if (ByRule.TryGetValue(finding.Id, out var descriptor))
                {
                    var severity = finding.Severity == FindingSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.WithHelpBase(descriptor, helpBase), LocationOf(context.AdditionalFile.Path, text, finding.Line, finding.Column), severity, null, null, finding.Message));
                }
            }
        }

        /// <summary>From the 1-based position to the end of its line, clamped to the text.</summary>
        private static Location LocationOf(string path, SourceText text, int line, int column)
        {
            var lineIndex = Math.Min(Math.Max(line - 1, 0), Math.Max(text.Lines.Count - 1, 0));
            var textLine = text.Lines[lineIndex];
            var start = Math.Min(textLine.Start + Math.Max(column - 1, 0), textLine.End);
            var span = TextSpan.FromBounds(start, textLine.End);
            return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        }

        /// <summary>A record rule's title, in the language the IDE asks for (the rule list belongs to no one build).</summary>
        private sealed class RecordRuleTitle : LocalizableString
        {
            private readonly RecordRule _rule;

            public RecordRuleTitle(RecordRule rule)
            {
                _rule = rule;
            }

            protected override string GetText(IFormatProvider? formatProvider) =>
                _rule.Title(Commons.Engine.Verdicts.BrickMessages.CultureOf((formatProvider as System.Globalization.CultureInfo)?.TwoLetterISOLanguageName));

            protected override int GetHash() => _rule.Id.GetHashCode();

            protected override bool AreEqual(object? other) => other is RecordRuleTitle title && title._rule.Id == _rule.Id;
        }
    }
}
