using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Record;

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
        /// <summary>Folders never read: build output, dependencies, VCS data.</summary>
        private static readonly HashSet<string> SkippedFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".git", "bin", "obj", "node_modules", "artifacts", "packages", "TestResults", ".vs", ".idea",
        };

        private static readonly HashSet<string> MsBuildExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".csproj", ".vbproj", ".fsproj", ".props", ".targets", ".proj",
        };

        private static readonly HashSet<string> ScriptExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".yml", ".yaml", ".sh", ".ps1", ".cmd", ".bat", ".rsp",
        };

        /// <summary>The rules the audit watches: the analyzers' brick rules (CN1xxx) and, for NoWarn, every CN rule.</summary>
        private static readonly Regex BrickId = new Regex(@"\bCN1\d{3}\b", RegexOptions.CultureInvariant);
        private static readonly Regex AnyId = new Regex(@"\bCN\d{4}\b", RegexOptions.CultureInvariant);

        private static readonly Regex Pragma = new Regex(@"^\s*#\s*pragma\s+warning\s+disable\b(?<ids>[^/]*)(?<comment>//.*)?$", RegexOptions.CultureInvariant);
        private static readonly Regex SuppressAttribute = new Regex(@"SuppressMessage(Attribute)?\s*\((?<args>[^)]*)\)", RegexOptions.CultureInvariant);
        private static readonly Regex JustificationArgument = new Regex(@"Justification\s*=\s*@?""(?<text>(?:[^""\\]|\\.|"""")*)""", RegexOptions.CultureInvariant);
        private static readonly Regex ConfigSeverity = new Regex(@"^\s*(?<key>dotnet_diagnostic\.(?<id>CN\d{4})\.severity|dotnet_analyzer_diagnostic\.(?<cat>category-[^\s=]+)\.severity|dotnet_analyzer_diagnostic\.severity)\s*=\s*(?<value>none|silent|suggestion)\s*(?<comment>[#;].*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex NoWarnElement = new Regex(@"<NoWarn\b[^>]*>(?<value>[^<]*)</NoWarn>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex NoWarnSwitch = new Regex(@"[-/]nowarn:(?<value>[^\s""']+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex EnforcementElement = new Regex(@"<CommonsEnforcement\b[^>]*>\s*false\s*</CommonsEnforcement>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex EnforcementSwitch = new Regex(@"[-/]p(roperty)?:CommonsEnforcement=""?false\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex XmlComment = new Regex(@"<!--(?<text>.*?)-->", RegexOptions.CultureInvariant);
        private static readonly Regex ScriptComment = new Regex(@"(^|\s)(#|//|::|REM\s)(?<text>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex EditorConfigSection = new Regex(@"^\s*\[(?<glob>.+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
        private static readonly Regex GeneratedCodeSetting = new Regex(@"^\s*generated_code\s*=\s*true\s*([#;](?<comment>.*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>How many hand-written files under a generated_code setting are read for brick code: enough to name the bricks.</summary>
        private const int MaxFilesReadPerSetting = 200;

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
            foreach (var file in Files(root))
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
                    ScanCSharp(relative, lines, items);
                    csharpFiles.Add((relative, ScanGeneratedMarker(relative, name, lines, signatures, items)));
                }
                else if (name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase) || extension.Equals(".globalconfig", StringComparison.OrdinalIgnoreCase))
                {
                    ScanConfig(relative, lines, items);
                    if (name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase))
                    {
                        generatedSettings.AddRange(GeneratedCodeSettings(relative, lines));
                    }
                }
                else if (MsBuildExtensions.Contains(extension))
                {
                    ScanMsBuild(relative, lines, items);
                    BuildSwitchScanner.ScanMsBuild(root, relative, lines, XmlCommentNear, items);
                }
                else if (ScriptExtensions.Contains(extension) && !name.Equals(RecordValidator.FileName, StringComparison.OrdinalIgnoreCase))
                {
                    ScanScript(relative, lines, items);
                    BuildSwitchScanner.ScanScript(root, relative, lines, ScriptCommentNear, items);
                }
            }

            foreach (var setting in generatedSettings)
            {
                ScanGeneratedFolder(root, setting, csharpFiles, signatures, items);
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

        private static IEnumerable<string> Files(string root)
        {
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var folder = pending.Pop();
                string[] files;
                string[] folders;
                try
                {
                    files = Directory.GetFiles(folder);
                    folders = Directory.GetDirectories(folder);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    continue;
                }

                foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
                {
                    yield return file;
                }

                foreach (var sub in folders.OrderByDescending(f => f, StringComparer.Ordinal))
                {
                    var info = new DirectoryInfo(sub);
                    if (!SkippedFolders.Contains(info.Name) && (info.Attributes & FileAttributes.ReparsePoint) == 0)
                    {
                        pending.Push(sub);
                    }
                }
            }
        }

        private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

        private static void ScanCSharp(string file, string[] lines, List<AuditItem> items)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var pragma = Pragma.Match(line);
                if (pragma.Success)
                {
                    var ids = BrickIds(pragma.Groups["ids"].Value);
                    if (ids.Count > 0)
                    {
                        var comment = pragma.Groups["comment"].Success ? pragma.Groups["comment"].Value.TrimStart('/').Trim() : PreviousLineComment(lines, i, "//");
                        items.Add(new AuditItem(AuditKind.PragmaSuppression, file, i + 1, line.IndexOf('#') + 1, ids, comment, line.Trim()));
                    }

                    continue;
                }

                if (line.IndexOf("SuppressMessage", StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                // The attribute may span a few lines: read up to the closing parenthesis.
                var text = line;
                for (var j = i + 1; j < lines.Length && j < i + 8 && text.IndexOf(')', text.IndexOf("SuppressMessage", StringComparison.Ordinal)) < 0; j++)
                {
                    text += " " + lines[j].Trim();
                }

                foreach (Match attribute in SuppressAttribute.Matches(text))
                {
                    var ids = BrickIds(attribute.Groups["args"].Value);
                    if (ids.Count > 0)
                    {
                        var justification = JustificationArgument.Match(attribute.Groups["args"].Value);
                        var column = line.IndexOf("SuppressMessage", StringComparison.Ordinal) + 1;
                        items.Add(new AuditItem(AuditKind.SuppressMessage, file, i + 1, column, ids, justification.Success ? justification.Groups["text"].Value : null, Shorten(attribute.Value)));
                    }
                }
            }
        }

        private static void ScanConfig(string file, string[] lines, List<AuditItem> items)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var match = ConfigSeverity.Match(lines[i]);
                if (!match.Success)
                {
                    continue;
                }

                string rule;
                if (match.Groups["id"].Success)
                {
                    rule = match.Groups["id"].Value.ToUpperInvariant();
                    if (!BrickId.IsMatch(rule))
                    {
                        continue;
                    }
                }
                else if (match.Groups["cat"].Success)
                {
                    // Only the analyzers' own categories (Commons.Bricks, Commons.Catalog) concern the policy.
                    rule = match.Groups["cat"].Value;
                    if (rule.IndexOf("Commons", StringComparison.OrdinalIgnoreCase) < 0)
                    {
                        continue;
                    }
                }
                else
                {
                    rule = "*";
                }

                var comment = match.Groups["comment"].Success ? match.Groups["comment"].Value.TrimStart('#', ';').Trim() : PreviousLineComment(lines, i, "#", ";");
                items.Add(new AuditItem(AuditKind.ConfigSeverity, file, i + 1, lines[i].Length - lines[i].TrimStart().Length + 1, new[] { rule }, comment, match.Groups["value"].Value.ToLowerInvariant()));
            }
        }

        private static void ScanMsBuild(string file, string[] lines, List<AuditItem> items)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                foreach (Match noWarn in NoWarnElement.Matches(line))
                {
                    var ids = AnyId.Matches(noWarn.Groups["value"].Value).Cast<Match>().Select(m => m.Value).Distinct().ToList();
                    if (ids.Count > 0)
                    {
                        items.Add(new AuditItem(AuditKind.NoWarn, file, i + 1, noWarn.Index + 1, ids, XmlCommentNear(lines, i), Shorten(noWarn.Value)));
                    }
                }

                var enforcement = EnforcementElement.Match(line);
                if (enforcement.Success)
                {
                    items.Add(new AuditItem(AuditKind.EnforcementDisabled, file, i + 1, enforcement.Index + 1, new[] { DiagnosticIds.EnforcementDisabled }, XmlCommentNear(lines, i), enforcement.Value));
                }
            }
        }

        private static void ScanScript(string file, string[] lines, List<AuditItem> items)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                foreach (Match noWarn in NoWarnSwitch.Matches(line))
                {
                    var ids = AnyId.Matches(noWarn.Groups["value"].Value).Cast<Match>().Select(m => m.Value).Distinct().ToList();
                    if (ids.Count > 0)
                    {
                        items.Add(new AuditItem(AuditKind.NoWarn, file, i + 1, noWarn.Index + 1, ids, ScriptCommentNear(lines, i), noWarn.Value));
                    }
                }

                var enforcement = EnforcementSwitch.Match(line);
                if (enforcement.Success)
                {
                    items.Add(new AuditItem(AuditKind.EnforcementDisabled, file, i + 1, enforcement.Index + 1, new[] { DiagnosticIds.EnforcementDisabled }, ScriptCommentNear(lines, i), enforcement.Value));
                }
            }
        }

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

        /// <summary>CN0961: a generated-code marker on a file that holds brick code. Returns whether the file is marked generated.</summary>
        private static bool ScanGeneratedMarker(string file, string name, string[] lines, Lazy<BrickSignatureIndex> signatures, List<AuditItem> items)
        {
            var marker = GeneratedCodeMarkers.Find(name, lines);
            if (marker == null)
            {
                return false;
            }

            var (rules, line) = signatures.Value.Find(string.Join("\n", lines));
            if (rules.Count > 0)
            {
                // A name alone marks the file: locate the first brick signature, the code the name would hide.
                var where = marker.Line > 0 ? marker.Line : line;
                var detail = marker.Text + (marker.Line > 0 ? string.Empty : " (" + Path.GetFileName(file) + ")") + ", brick code line " + line.ToString(CultureInfo.InvariantCulture);
                items.Add(new AuditItem(AuditKind.GeneratedMarker, file, where, marker.Line > 0 ? marker.Column : 1, rules, marker.HeaderWords, detail));
            }

            return true;
        }

        /// <summary>The <c>generated_code = true</c> lines of an .editorconfig, with their section and comment.</summary>
        private static IEnumerable<(string File, int Line, string Glob, string? Comment)> GeneratedCodeSettings(string file, string[] lines)
        {
            string? section = null;
            for (var i = 0; i < lines.Length; i++)
            {
                var header = EditorConfigSection.Match(lines[i]);
                if (header.Success)
                {
                    section = header.Groups["glob"].Value.Trim();
                    continue;
                }

                var setting = GeneratedCodeSetting.Match(lines[i]);
                if (setting.Success && section != null)
                {
                    var comment = setting.Groups["comment"].Success ? setting.Groups["comment"].Value.Trim() : PreviousLineComment(lines, i, "#", ";");
                    yield return (file, i + 1, section, comment);
                }
            }
        }

        /// <summary>CN0962: a <c>generated_code = true</c> section that covers C# files no generator marked.</summary>
        private static void ScanGeneratedFolder(string root, (string File, int Line, string Glob, string? Comment) setting, List<(string File, bool Generated)> csharpFiles, Lazy<BrickSignatureIndex> signatures, List<AuditItem> items)
        {
            var folder = Path.GetDirectoryName(setting.File)!.Replace('\\', '/');
            var prefix = folder.Length == 0 ? string.Empty : folder + "/";
            Regex glob;
            try
            {
                glob = EditorConfigGlob.ToRegex(setting.Glob);
            }
            catch (ArgumentException)
            {
                return; // a section name no regex can express: the compiler would not match it either
            }

            var handWritten = csharpFiles
                .Where(f => !f.Generated && f.File.StartsWith(prefix, StringComparison.Ordinal) && glob.IsMatch(f.File.Substring(prefix.Length)))
                .Select(f => f.File)
                .ToList();
            if (handWritten.Count == 0)
            {
                return;
            }

            var rules = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var file in handWritten.Take(MaxFilesReadPerSetting))
            {
                try
                {
                    rules.UnionWith(signatures.Value.Find(File.ReadAllText(Path.Combine(root, file))).Rules);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                }
            }

            var detail = "[" + setting.Glob + "]: " + handWritten.Count.ToString(CultureInfo.InvariantCulture) + " file(s), " + handWritten[0];
            items.Add(new AuditItem(AuditKind.GeneratedFolder, setting.File, setting.Line, 1, rules.Count > 0 ? rules.ToList() : new List<string> { "CN1xxx" }, setting.Comment, detail));
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

        private static List<string> BrickIds(string text) =>
            BrickId.Matches(text).Cast<Match>().Select(m => m.Value).Distinct().ToList();

        private static string? PreviousLineComment(string[] lines, int index, params string[] markers)
        {
            if (index == 0)
            {
                return null;
            }

            var previous = lines[index - 1].Trim();
            foreach (var marker in markers)
            {
                if (previous.StartsWith(marker, StringComparison.Ordinal))
                {
                    return previous.Substring(marker.Length).TrimStart('/', '#', ';', ' ');
                }
            }

            return null;
        }

        private static string? XmlCommentNear(string[] lines, int index)
        {
            var same = XmlComment.Match(lines[index]);
            if (same.Success)
            {
                return same.Groups["text"].Value;
            }

            if (index > 0)
            {
                var previous = XmlComment.Match(lines[index - 1].Trim());
                if (previous.Success && previous.Index == 0)
                {
                    return previous.Groups["text"].Value;
                }
            }

            return null;
        }

        private static string? ScriptCommentNear(string[] lines, int index)
        {
            var same = ScriptComment.Match(lines[index]);
            if (same.Success)
            {
                return same.Groups["text"].Value;
            }

            return index > 0 ? PreviousLineComment(lines, index, "#", "//", "::", "REM ") : null;
        }

        private static string Shorten(string text)
        {
            var single = Regex.Replace(text, @"\s+", " ").Trim();
            return single.Length <= 120 ? single : single.Substring(0, 117) + "...";
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
