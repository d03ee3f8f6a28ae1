using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Record;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Commons.Analyzers
{
    /// <summary>
    /// What every analyzer needs for one compilation: the catalog (embedded, extended by the organisation's
    /// commons-catalog.yml) and the record's brick states (commons-decision.yml). Both files are parsed once per
    /// content (see <see cref="TextCache{T}"/>), never per syntax node or per file.
    /// </summary>
    internal sealed class AnalysisSession
    {
        public const string RecordFileName = RecordValidator.FileName;

        private static readonly TextCache<CatalogMergeResult> OrganisationCatalogs =
            new TextCache<CatalogMergeResult>(text => LoadEmbedded().Catalog.WithOrganisationFile(text, BrickCatalog.OrganisationFileName));

        private static readonly TextCache<RecordBox> Records = new TextCache<RecordBox>(ReadRecord);

        private static readonly ConditionalWeakTable<BrickCatalog, HostMatcher> HostMatchers = new ConditionalWeakTable<BrickCatalog, HostMatcher>();

        private static readonly Lazy<CatalogMergeResult> Embedded = new Lazy<CatalogMergeResult>(LoadEmbeddedCore);

        private AnalysisSession(BrickCatalog catalog, RecordStates states)
        {
            Catalog = catalog;
            States = states;
            Reporter = new BrickReporter(catalog, states);
        }

        public BrickCatalog Catalog { get; }

        public RecordStates States { get; }

        public BrickReporter Reporter { get; }

        public HostMatcher Hosts => HostMatchers.GetValue(Catalog, HostMatcher.For);

        public static AnalysisSession Create(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var catalog = LoadCatalog(options, cancellationToken).Catalog;
            var record = FindFile(options, RecordFileName);
            var text = record?.GetText(cancellationToken);
            var states = text == null ? RecordStates.None : new RecordStates(Records.Get(text).Record, Today(options));
            return new AnalysisSession(catalog, states);
        }

        /// <summary>
        /// The build's date (MSBuild property CommonsToday, which the package makes compiler-visible), so the analyzers
        /// and the task agree on whether an exception has expired; the machine's date otherwise.
        /// </summary>
        internal static DateTime Today(AnalyzerOptions options)
        {
            if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.CommonsToday", out var value) &&
                DateTime.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
            {
                return today;
            }

            return DateTime.Today;
        }

        /// <summary>The catalog and the problems of the organisation's file, if any.</summary>
        public static CatalogMergeResult LoadCatalog(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var text = FindFile(options, BrickCatalog.OrganisationFileName)?.GetText(cancellationToken);
            return text == null ? LoadEmbedded() : OrganisationCatalogs.Get(text);
        }

        public static CatalogMergeResult LoadOrganisationCatalog(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            return text == null ? LoadEmbedded() : OrganisationCatalogs.Get(text);
        }

        public static bool IsFile(AdditionalText file, string fileName) =>
            string.Equals(Path.GetFileName(file.Path), fileName, StringComparison.OrdinalIgnoreCase);

        private static AdditionalText? FindFile(AnalyzerOptions options, string fileName) =>
            options.AdditionalFiles.FirstOrDefault(f => IsFile(f, fileName));

        private static CatalogMergeResult LoadEmbedded() => Embedded.Value;

        private static CatalogMergeResult LoadEmbeddedCore()
        {
            try
            {
                return new CatalogMergeResult(BrickCatalog.Embedded, new CatalogProblem[0]);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // A broken build of the engine must not crash the compiler: no signature, and say why.
                var empty = Commons.Engine.Catalog.BrickCatalog.Parse("version: 1\nbricks: []\n", "empty.yml");
                return new CatalogMergeResult(empty, new[] { new CatalogProblem(CatalogProblemKind.Unreadable, SourcePosition.Start, ex.Message) });
            }
        }

        private static RecordBox ReadRecord(string text)
        {
            try
            {
                var validator = new RecordValidator(new ValidationOptions { Culture = CultureInfo.GetCultureInfo("en") });
                return new RecordBox(validator.ValidateText(text, RecordFileName).Record);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // The build task reports what is wrong with the record; here an unreadable record declares nothing.
                return new RecordBox(null);
            }
        }

        private sealed class RecordBox
        {
            public RecordBox(DecisionRecord? record)
            {
                Record = record;
            }

            public DecisionRecord? Record { get; }
        }
    }
}
