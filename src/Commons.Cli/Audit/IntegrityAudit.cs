using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;
using Commons.Engine.Files;
using Commons.Engine.Findings;
using Commons.Engine.Policy;
using Commons.Engine.Record;
using Commons.Engine.Verdicts;
using Commons.Cli.Scan;

namespace Commons.Cli.Audit
{
    /// <summary>
    /// Lists every place a repository weakens enforcement, reading text files without building: pragmas and
    /// [SuppressMessage] in C#, severities in .editorconfig / .globalconfig, NoWarn and CommonsEnforcement in
    /// MSBuild files (and on command lines in CI scripts), and the record's exceptions near or past their expiry;
    /// and every bypass: analyzers turned off or excluded, the record removed or taken from elsewhere
    /// (<see cref="BuildSwitchScanner"/>), generated-code markers over brick code, and <c>fournisseur</c> claims.
    /// Used by <c>commons check --audit</c> and by the integrity section of <c>commons scan</c>'s report.
    /// </summary>
    public static class IntegrityAudit
    {
        private static readonly HashSet<string> MsBuildExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".csproj", ".vbproj", ".fsproj", ".props", ".targets", ".proj",
        };

        private static readonly HashSet<string> ScriptExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".yml", ".yaml", ".sh", ".ps1", ".cmd", ".bat", ".rsp",
        };

        /// <summary>
        /// YAML that is data, not a CI script: the record (audited on its own) and pnpm's lock file, which runs to megabytes
        /// in a large workspace and would otherwise be a CN0964 the audit has no reason to raise.
        /// </summary>
        private static readonly HashSet<string> NotScripts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            RecordValidator.FileName, "pnpm-lock.yaml",
        };

        /// <summary>The most the audit reads of one file; a file it cannot read whole is itself a finding (CN0964).</summary>
        public const long MaxFileBytes = 4 * 1024 * 1024;

        /// <summary>
        /// <c>commons check --audit</c>: walks the folder, reads its record and its catalog, then audits. The scan's
        /// audit (<see cref="Run(ScanContext)"/>) takes all three from the scan instead.
        /// </summary>
        /// <param name="catalog">The shipped catalog by default; tests pass one that names providers.</param>
        public static AuditResult Run(string repositoryRoot, DateTime today, CultureInfo? culture = null, BrickCatalog? catalog = null)
        {
            if (!Directory.Exists(repositoryRoot))
            {
                return new AuditResult(repositoryRoot, new AuditItem[0], null, repositoryRoot);
            }

            var root = Path.GetFullPath(repositoryRoot);
            var words = culture ?? CultureInfo.GetCultureInfo("fr");
            var shipped = catalog ?? BrickCatalog.Embedded;
            var record = Path.Combine(root, RecordValidator.FileName);
            var recordResult = File.Exists(record)
                ? new RecordValidator(new ValidationOptions { Culture = words, Today = () => today }).ValidateFile(record, root)
                : null;
            var input = new AuditInput(root, RepositoryFiles.List(root).All, recordResult, new Lazy<BrickCatalog>(() => CatalogOf(root, shipped)), shipped, today, words);
            return Audit(input, repositoryRoot);
        }

        /// <summary>
        /// The audit as one more reader of <c>commons scan --audit</c>: the scan's file list, record and catalog, no
        /// second walk, parse or load; its refusals are the scan's skipped files too.
        /// </summary>
        internal static AuditResult Run(ScanContext context)
        {
            var record = File.Exists(context.Repository.RecordPath) ? context.Record : null;
            var input = new AuditInput(context.Repository.Root, context.Files.All, record, new Lazy<BrickCatalog>(() => context.Catalog), BrickCatalog.Embedded, context.Today, context.Culture)
            {
                Refused = (file, content) => TextFile.Skip(context, context.Repository.Display(file), content, MaxFileBytes),
            };
            return Audit(input, context.Repository.Root);
        }

        private static AuditResult Audit(AuditInput input, string displayRoot)
        {
            var root = input.Root;
            var reader = new BoundedFileReader(MaxFileBytes, root);
            var items = new List<AuditItem>();
            var signatures = new Lazy<BrickSignatureIndex>(() => new BrickSignatureIndex(input.Catalog.Value));
            var csharpFiles = new List<(string File, bool Generated)>();
            var generatedSettings = new List<(string File, int Line, string Glob, string? Comment)>();
            foreach (var file in input.Files) // the scan's walker: one list of skipped folders
            {
                var relative = Relative(root, file);
                var name = Path.GetFileName(file);
                var extension = Path.GetExtension(file);
                var reads = AuditReads(name, extension);
                if (reads == AuditedAs.Nothing)
                {
                    continue;
                }

                var content = reader.Read(file);
                if (content.Bytes == null)
                {
                    // Unread, its weakenings would pass unseen: the file is a finding of its own, never justified.
                    items.Add(new AuditItem(AuditKind.UnreadFile, relative, 1, 1, new string[0], null, content.Reason(input.Culture, MaxFileBytes)));
                    input.Refused?.Invoke(file, content);
                    continue;
                }

                var lines = Lines(BoundedFileReader.Decode(content.Bytes));
                switch (reads)
                {
                    case AuditedAs.CSharp:
                        SuppressionScanner.ScanCSharp(relative, lines, items);
                        csharpFiles.Add((relative, GeneratedCodeScanner.ScanGeneratedMarker(relative, name, lines, signatures, items)));
                        break;
                    case AuditedAs.AnalyzerConfig:
                        SuppressionScanner.ScanConfig(relative, lines, items);
                        if (name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase))
                        {
                            generatedSettings.AddRange(GeneratedCodeScanner.GeneratedCodeSettings(relative, lines));
                        }

                        break;
                    case AuditedAs.MsBuild:
                        SuppressionScanner.ScanMsBuild(relative, lines, items);
                        BuildSwitchScanner.ScanMsBuild(root, relative, lines, SuppressionScanner.XmlCommentNear, items);
                        break;
                    case AuditedAs.Script:
                        SuppressionScanner.ScanScript(relative, lines, items);
                        BuildSwitchScanner.ScanScript(root, relative, lines, SuppressionScanner.ScriptCommentNear, items);
                        break;
                }
            }

            foreach (var setting in generatedSettings)
            {
                GeneratedCodeScanner.ScanGeneratedFolder(root, reader, setting, csharpFiles, signatures, items);
            }

            if (input.Record != null)
            {
                ScanExceptions(input.Record, input.Today, input.Culture, items);
                ScanProviderClaims(input.Record, Path.Combine(root, RecordValidator.FileName), input.Shipped, input.Culture, items);
            }

            var ordered = items.OrderBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Line).ThenBy(i => i.Column).ToList();
            return new AuditResult(root, ordered, input.Record, displayRoot);
        }

        /// <summary>Which of the audit's readers a file is for, by its name: most files are none of its business.</summary>
        private static AuditedAs AuditReads(string name, string extension) =>
            extension.Equals(".cs", StringComparison.OrdinalIgnoreCase) ? AuditedAs.CSharp
            : name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase) || extension.Equals(".globalconfig", StringComparison.OrdinalIgnoreCase) ? AuditedAs.AnalyzerConfig
            : MsBuildExtensions.Contains(extension) ? AuditedAs.MsBuild
            : ScriptExtensions.Contains(extension) && !NotScripts.Contains(name) ? AuditedAs.Script
            : AuditedAs.Nothing;

        /// <summary>Lines as File.ReadAllLines splits them: at \r\n, \n or \r, no empty last line after a final break.</summary>
        private static string[] Lines(string text)
        {
            var lines = new List<string>();
            using (var reader = new StringReader(text))
            {
                string? line;
                while ((line = reader.ReadLine()) != null)
                {
                    lines.Add(line);
                }
            }

            return lines.ToArray();
        }

        private static string Relative(string root, string file) => Engine.Text.DisplayPath.WithForwardSlashes(Path.GetRelativePath(root, file));

        /// <summary>Exceptions past or within the policy's warning window of their echeance: CN0201 / CN0202 of the record.</summary>
        private static void ScanExceptions(ValidationResult result, DateTime today, CultureInfo culture, List<AuditItem> items)
        {
            var bricks = result.Record?.Bricks.Values.Where(b => b.IsException).OrderBy(b => b.Position.Line).ToList() ?? new List<BrickDecision>();
            foreach (var finding in result.Findings.Where(f => f.Id == DiagnosticIds.ExceptionExpired || f.Id == DiagnosticIds.ExceptionExpiresSoon))
            {
                var brick = bricks.LastOrDefault(b => b.Position.Line <= finding.Line);
                var id = brick?.BrickId ?? "?";
                var expiry = ExceptionExpiry.Of(brick?.Expiry, today, PolicyTree.Embedded.ExpiryWarningDays);
                var phrase = expiry.State == ExpiryState.Expired ? AuditRules.Format(culture, "Expiry_Past", expiry.DaysPast) : AuditRules.Format(culture, "Expiry_Soon", expiry.DaysLeft);
                items.Add(new AuditItem(AuditKind.ExpiringException, RecordValidator.FileName, finding.Line, finding.Column, new[] { id }, brick?.Justification, phrase));
            }
        }

        /// <summary>The catalog the repository's analyzers use: the shipped one, extended by its commons-catalog.yml.</summary>
        private static BrickCatalog CatalogOf(string root, BrickCatalog shipped) => OrganisationCatalogFile.Extend(shipped, root);

        /// <summary>CN0963: every <c>fournisseur</c> of the record, with what verifies it (the justification) or why nothing does.</summary>
        private static void ScanProviderClaims(ValidationResult result, string recordPath, BrickCatalog catalog, CultureInfo culture, List<AuditItem> items)
        {
            var claims = result.Record?.Bricks.Values.Where(b => b.Choice == BrickChoices.Provider).OrderBy(b => b.Position.Line).ToList();
            if (claims == null || claims.Count == 0)
            {
                return;
            }

            var facts = RepositoryFacts.Near(recordPath);
            foreach (var claim in claims)
            {
                var brick = catalog.Find(claim.BrickId); // the shipped catalog: an organisation's file cannot name providers
                if (brick == null)
                {
                    continue;
                }

                var verdict = ProviderVerification.Check(brick, facts);
                var detail = claim.BrickId + ": " + BrickChoices.Provider + (verdict.Verified ? string.Empty : " — " + verdict.Reason(culture));
                items.Add(new AuditItem(AuditKind.ProviderClaim, RecordValidator.FileName, claim.Position.Line, claim.Position.Column, new[] { brick.DiagnosticId }, verdict.Verified ? verdict.Reason(culture) : null, detail));
            }
        }

    }

    /// <summary>What the audit of one repository reads: its files, its record and catalog, and what to do with a file it cannot read.</summary>
    internal sealed class AuditInput
    {
        public AuditInput(string root, IReadOnlyList<string> files, ValidationResult? record, Lazy<BrickCatalog> catalog, BrickCatalog shipped, DateTime today, CultureInfo culture)
        {
            Root = root;
            Files = files;
            Record = record;
            Catalog = catalog;
            Shipped = shipped;
            Today = today;
            Culture = culture;
        }

        public string Root { get; }

        public IReadOnlyList<string> Files { get; }

        public ValidationResult? Record { get; }

        /// <summary>The catalog the repository's analyzers use: the shipped one, extended by its commons-catalog.yml.</summary>
        public Lazy<BrickCatalog> Catalog { get; }

        /// <summary>The shipped catalog, for <c>fournisseur</c> claims: an organisation's file cannot name providers.</summary>
        public BrickCatalog Shipped { get; }

        public DateTime Today { get; }

        public CultureInfo Culture { get; }

        /// <summary>Told of each file the audit could not read (the scan lists it as skipped).</summary>
        public Action<string, FileContent>? Refused { get; set; }
    }

    /// <summary>The audit's reader for a file, chosen by its name.</summary>
    internal enum AuditedAs
    {
        Nothing,
        CSharp,
        AnalyzerConfig,
        MsBuild,
        Script,
    }

    /// <summary>The audit of one folder, and the record's own result when it has one.</summary>
    public sealed class AuditResult
    {
        public AuditResult(string root, IReadOnlyList<AuditItem> items, ValidationResult? record, string? displayRoot = null)
        {
            Root = root;
            DisplayRoot = displayRoot ?? root;
            Items = items;
            Record = record;
        }

        public string Root { get; }

        /// <summary>The folder as the user named it, so output paths look like check's.</summary>
        public string DisplayRoot { get; }

        public IReadOnlyList<AuditItem> Items { get; }

        public ValidationResult? Record { get; }

        public int UnjustifiedCount => Items.Count(i => !i.Justified);

        /// <summary>A repository whose scan failed before its audit ran: nothing found, the scan's note says why.</summary>
        public static AuditResult Empty(string root) => new AuditResult(root, new AuditItem[0], null);
    }
}
