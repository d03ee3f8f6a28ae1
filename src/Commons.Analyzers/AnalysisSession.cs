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
using Commons.Engine.Verdicts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Commons.Analyzers
{
    /// <summary>
    /// What every analyzer needs for one compilation: the catalog (embedded, extended by the organisation's
    /// commons-catalog.yml), the record's brick states (commons-decision.yml) and what is derived from them (the
    /// reporter, the signatures, the hosts). Both files are parsed once per content (see <see cref="TextCache{T}"/>),
    /// never per syntax node or per file; a session is immutable and built once per catalog, record and date, then
    /// shared by the three brick analyzers and by every compilation that sees the same files (see <see cref="For"/>).
    /// </summary>
    internal sealed class AnalysisSession
    {
        public const string RecordFileName = RecordValidator.FileName;

        /// <summary>How build/Commons.Analyzers.targets marks the record among the AdditionalFiles.</summary>
        internal const string RecordRoleKey = "build_metadata.AdditionalFiles.CommonsRole";

        internal const string RecordRole = "record";

        private static readonly TextCache<CatalogMergeResult> OrganisationCatalogs =
            new TextCache<CatalogMergeResult>(text => LoadEmbedded().Catalog.WithOrganisationFile(text, BrickCatalog.OrganisationFileName));

        private static readonly TextCache<ParsedRecord> Records = new TextCache<ParsedRecord>(ReadRecord);

        private static readonly ConditionalWeakTable<BrickCatalog, HostMatcher> HostMatchers = new ConditionalWeakTable<BrickCatalog, HostMatcher>();

        private static readonly Lazy<CatalogMergeResult> Embedded = new Lazy<CatalogMergeResult>(LoadEmbeddedCore);

        /// <summary>Sessions by catalog, then by record (<see cref="NoRecord"/> without one): the parsed files' identities.</summary>
        private static readonly ConditionalWeakTable<CatalogMergeResult, ConditionalWeakTable<ParsedRecord, DatedSession>> Sessions =
            new ConditionalWeakTable<CatalogMergeResult, ConditionalWeakTable<ParsedRecord, DatedSession>>();

        /// <summary>The key of the sessions of a compilation without a record.</summary>
        private static readonly ParsedRecord NoRecord = new ParsedRecord(null);

        private readonly Lazy<SymbolSignatures> _usages;
        private readonly Lazy<SymbolSignatures> _setups;
        private readonly Lazy<List<(string Pattern, SignatureOwner Owner)>> _packages;

        /// <summary>The global option <c>commons scan</c> sets to learn which exceptions some code still needs.</summary>
        internal const string ReportExemptKey = "build_property.CommonsReportExempt";

        private const string LanguageKey = "build_property.CommonsLanguage";

        private const string HelpBaseKey = "build_property.CommonsHelpBaseUri";

        private static readonly BrickStates NoStates = new BrickStates(null, DateTime.Today);

        private AnalysisSession(BrickCatalog catalog, BrickStates states, CultureInfo culture, bool reportExempt, string? helpBase)
        {
            HelpBaseUri = helpBase;
            Catalog = catalog;
            States = states;
            Culture = culture;
            ReportsExempt = reportExempt;
            Reporter = new BrickReporter(catalog, states, culture, reportExempt, helpBase);
            _usages = new Lazy<SymbolSignatures>(() => SymbolSignatures.IndexUsages(Reporter));
            _setups = new Lazy<SymbolSignatures>(() => SymbolSignatures.IndexSetups(Reporter));
            _packages = new Lazy<List<(string, SignatureOwner)>>(() => BrickFileAnalyzer.PackageOwners(Reporter));
        }

        public BrickCatalog Catalog { get; }

        public BrickStates States { get; }

        /// <summary>The language of every message of this build: CommonsLanguage (fr by default), never the machine's.</summary>
        public CultureInfo Culture { get; }

        public bool ReportsExempt { get; }

        /// <summary>Where the help links lead: an in-house copy of docs/rules/ (CommonsHelpBaseUri), or null for the published pages.</summary>
        public string? HelpBaseUri { get; }

        public BrickReporter Reporter { get; }

        public HostMatcher Hosts => HostMatchers.GetValue(Catalog, HostMatcher.For);

        /// <summary>The catalog's types and members (calls, password calls), indexed once per session.</summary>
        public SymbolSignatures Usages => _usages.Value;

        /// <summary>The catalog's identity provider setups, indexed once per session.</summary>
        public SymbolSignatures Setups => _setups.Value;

        /// <summary>The catalog's package patterns with their owners, listed once per session.</summary>
        public List<(string Pattern, SignatureOwner Owner)> Packages => _packages.Value;

        /// <summary>
        /// The session of a compilation: the same instance for every analyzer and every compilation that sees the same
        /// catalog, record and date, so a compilation start costs a few lookups and allocates next to nothing.
        /// </summary>
        public static AnalysisSession For(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var catalog = LoadCatalog(options, cancellationToken);
            var text = FindRecord(options)?.GetText(cancellationToken);
            var record = text == null ? NoRecord : Records.Get(text);
            var today = text == null ? NoStates.Today : Today(options);
            var culture = CultureOf(options);
            var reportExempt = options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ReportExemptKey, out var flag) &&
                string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            var dated = Sessions.GetOrCreateValue(catalog).GetValue(record, _ => new DatedSession());
            var providers = VerifiedProviders(options);
            var helpBase = HelpBase(options);
            return dated.Get(today, culture, reportExempt, providers, helpBase, () => new AnalysisSession(
                catalog.Catalog, text == null ? NoStates : new BrickStates(record.Record, today, providers), culture, reportExempt, helpBase));
        }

        /// <summary>
        /// MSBuild property CommonsHelpBaseUri (compiler-visible through the package): the address of an in-house copy of
        /// the rule pages. An unusable value is ignored here; the build task reports it (CN0902).
        /// </summary>
        internal static string? HelpBase(AnalyzerOptions options) =>
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(HelpBaseKey, out var value) && HelpLinks.IsUsableBase(value)
                ? value.Trim()
                : null;

        /// <summary>
        /// The build's language: MSBuild property CommonsLanguage, which the package makes compiler-visible (default
        /// fr), so the analyzers write in the same language as the task whatever the machine's UI culture.
        /// </summary>
        internal static CultureInfo CultureOf(AnalyzerOptions options)
        {
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(LanguageKey, out var language);
            return BrickMessages.CultureOf(language);
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

        /// <summary>The bricks whose <c>fournisseur</c> claim the build verified (property CommonsVerifiedProviders); none otherwise.</summary>
        internal static string VerifiedProviders(AnalyzerOptions options) =>
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.CommonsVerifiedProviders", out var value) ? value.Trim() : string.Empty;

        /// <summary>The catalog and the problems of the organisation's file, if any; the host's own when it injects one (<see cref="InjectedCatalog"/>).</summary>
        public static CatalogMergeResult LoadCatalog(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            foreach (var file in options.AdditionalFiles)
            {
                if (file is InjectedCatalog injected)
                {
                    return injected.Result; // the in-process host's policy, the repository's own file already applied
                }
            }

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

        /// <summary>
        /// The record: the additional file the package marks (item metadata CommonsRole=record, made compiler-visible),
        /// whatever its name, as when CommonsDecisionFile names policy/decision.yml; else the one named
        /// commons-decision.yml (a project that lists it by hand, commons scan, the tests).
        /// </summary>
        internal static AdditionalText? FindRecord(AnalyzerOptions options)
        {
            AdditionalText? byName = null;
            foreach (var file in options.AdditionalFiles)
            {
                if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(RecordRoleKey, out var role) &&
                    string.Equals(role.Trim(), RecordRole, StringComparison.OrdinalIgnoreCase))
                {
                    return file;
                }

                if (byName == null && IsFile(file, RecordFileName))
                {
                    byName = file;
                }
            }

            return byName;
        }

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

        private static ParsedRecord ReadRecord(string text)
        {
            try
            {
                var validator = new RecordValidator(new ValidationOptions { Culture = CultureInfo.GetCultureInfo("en") });
                return new ParsedRecord(validator.ValidateText(text, RecordFileName).Record);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // Not silent: the validator reports a record's problems as findings and does not throw (RecordPropertyTests
                // mutates records to prove it); were it to throw, RecordFileAnalyzer runs the same validation on the same
                // text without a catch, and the compiler reports that failure on the record (AD0001). Here the brick
                // analyzers go on as if there were no record rather than fail a second time.
                return new ParsedRecord(null);
            }
        }

        /// <summary>
        /// The session of one catalog and record, rebuilt when the date changes (an exception can expire between two
        /// compilations of a long-lived compiler server, or the build passes another CommonsToday) or the language.
        /// </summary>
        private sealed class DatedSession
        {
            private AnalysisSession? _current;

            public AnalysisSession Get(DateTime today, CultureInfo culture, bool reportExempt, string verifiedProviders, string? helpBase, Func<AnalysisSession> create)
            {
                var current = Volatile.Read(ref _current);
                if (current == null || current.States.Today != today || !ReferenceEquals(current.Culture, culture) || current.ReportsExempt != reportExempt
                    || !string.Equals(current.States.VerifiedProviders, verifiedProviders, StringComparison.Ordinal)
                    || !string.Equals(current.HelpBaseUri, helpBase, StringComparison.Ordinal))
                {
                    current = create();
                    Volatile.Write(ref _current, current); // two threads may both build one: same content, the last kept
                }

                return current;
            }
        }

        /// <summary>
        /// The record read from one text, or null when it does not parse: an object, so the session caches can key on
        /// it (a ConditionalWeakTable needs a reference, and "no record" must be a key too).
        /// </summary>
        private sealed class ParsedRecord
        {
            public ParsedRecord(DecisionRecord? record)
            {
                Record = record;
            }

            public DecisionRecord? Record { get; }
        }
    }
}
