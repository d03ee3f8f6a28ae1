using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Record;
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

        /// <param name="catalog">The shipped catalog by default; tests pass one that names providers.</param>
        public static AuditResult Run(string repositoryRoot, DateTime today, CultureInfo? culture = null, BrickCatalog? catalog = null)
        {
            if (!Directory.Exists(repositoryRoot))
            {
                return new AuditResult(repositoryRoot, new AuditItem[0], null, repositoryRoot);
            }

            var root = Path.GetFullPath(repositoryRoot);
            var items = new List<AuditItem>();
            var signatures = new Lazy<BrickSignatureIndex>(() => new BrickSignatureIndex(CatalogOf(root, catalog ?? BrickCatalog.Embedded)));
            var csharpFiles = new List<(string File, bool Generated)>();
            var generatedSettings = new List<(string File, int Line, string Glob, string? Comment)>();
            foreach (var file in RepositoryFiles.List(root).All) // the scan's walker: one list of skipped folders
            {
                var relative = Relative(root, file);
                var name = Path.GetFileName(file);
                var extension = Path.GetExtension(file);
                string[] lines;
                try
                {
                    if (new FileInfo(file).Length > 4 * 1024 * 1024)
                    {
                        continue;
                    }

                    lines = File.ReadAllLines(file);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    continue;
                }

                if (extension.Equals(".cs", StringComparison.OrdinalIgnoreCase))
                {
                    SuppressionScanner.ScanCSharp(relative, lines, items);
                    csharpFiles.Add((relative, GeneratedCodeScanner.ScanGeneratedMarker(relative, name, lines, signatures, items)));
                }
                else if (name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase) || extension.Equals(".globalconfig", StringComparison.OrdinalIgnoreCase))
                {
                    SuppressionScanner.ScanConfig(relative, lines, items);
                    if (name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase))
                    {
                        generatedSettings.AddRange(GeneratedCodeScanner.GeneratedCodeSettings(relative, lines));
                    }
                }
                else if (MsBuildExtensions.Contains(extension))
                {
                    SuppressionScanner.ScanMsBuild(relative, lines, items);
                    BuildSwitchScanner.ScanMsBuild(root, relative, lines, SuppressionScanner.XmlCommentNear, items);
                }
                else if (ScriptExtensions.Contains(extension) && !name.Equals(RecordValidator.FileName, StringComparison.OrdinalIgnoreCase))
                {
                    SuppressionScanner.ScanScript(relative, lines, items);
                    BuildSwitchScanner.ScanScript(root, relative, lines, SuppressionScanner.ScriptCommentNear, items);
                }
            }

            foreach (var setting in generatedSettings)
            {
                GeneratedCodeScanner.ScanGeneratedFolder(root, setting, csharpFiles, signatures, items);
            }

            var record = Path.Combine(root, RecordValidator.FileName);
            ValidationResult? recordResult = null;
            if (File.Exists(record))
            {
                recordResult = new RecordValidator(new ValidationOptions { Culture = culture ?? CultureInfo.GetCultureInfo("fr"), Today = () => today }).ValidateFile(record);
                ScanExceptions(recordResult, today, culture ?? CultureInfo.GetCultureInfo("fr"), items);
                ScanProviderClaims(recordResult, record, catalog ?? BrickCatalog.Embedded, culture ?? CultureInfo.GetCultureInfo("fr"), items);
            }

            var ordered = items.OrderBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Line).ThenBy(i => i.Column).ToList();
            return new AuditResult(root, ordered, recordResult, repositoryRoot);
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
                var days = brick?.Expiry != null ? (brick.Expiry.Value.Date - today.Date).Days : 0;
                var phrase = days < 0 ? AuditRules.Format(culture, "Expiry_Past", -days) : AuditRules.Format(culture, "Expiry_Soon", days);
                items.Add(new AuditItem(AuditKind.ExpiringException, RecordValidator.FileName, finding.Line, finding.Column, new[] { id }, brick?.Justification, phrase));
            }
        }

        /// <summary>The catalog the repository's analyzers use: the shipped one, extended by its commons-catalog.yml.</summary>
        private static BrickCatalog CatalogOf(string root, BrickCatalog shipped)
        {
            var path = Path.Combine(root, BrickCatalog.OrganisationFileName);
            try
            {
                return File.Exists(path) ? shipped.WithOrganisationFile(File.ReadAllText(path), BrickCatalog.OrganisationFileName).Catalog : shipped;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return shipped;
            }
        }

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
    }
}
