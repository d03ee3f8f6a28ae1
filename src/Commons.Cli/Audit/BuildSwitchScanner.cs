using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Commons.Engine.Record;

namespace Commons.Cli.Audit
{
    /// <summary>
    /// The build switches that take the analyzers or the record out of the build, in MSBuild files and on command
    /// lines: RunAnalyzers / RunAnalyzersDuringBuild false (CN0957), the package's analyzers excluded or the package
    /// removed from a project (CN0958), the record removed from AdditionalFiles (CN0959), CommonsDecisionFile pointing
    /// outside the repository (CN0960).
    /// </summary>
    internal static class BuildSwitchScanner
    {
        private const string PackageId = "Commons.Analyzers";

        /// <summary>The analyzer rules a switch silences as a whole.</summary>
        private static readonly string[] AllBrickRules = { "CN1xxx" };

        private static readonly Regex RunAnalyzersElement = new Regex(@"<(?<name>RunAnalyzers)\b[^>]*>\s*false\s*</RunAnalyzers>|<(?<name>RunAnalyzersDuringBuild)\b[^>]*>\s*false\s*</RunAnalyzersDuringBuild>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
        private static readonly Regex RunAnalyzersSwitch = new Regex(@"[-/]p(roperty)?:(?<name>RunAnalyzers|RunAnalyzersDuringBuild)=""?false\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
        private static readonly Regex PackageReferenceStart = new Regex(@"<PackageReference\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
        private static readonly Regex AnalyzerRemove = new Regex(@"<Analyzer\b[^>]*\bRemove\s*=\s*""(?<value>[^""]*)""[^>]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
        private static readonly Regex AdditionalFilesRemove = new Regex(@"<AdditionalFiles\b[^>]*\bRemove\s*=\s*""(?<value>[^""]*)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
        private static readonly Regex DecisionFileElement = new Regex(@"<CommonsDecisionFile\b[^>]*>(?<value>[^<]*)</CommonsDecisionFile>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
        private static readonly Regex DecisionFileSwitch = new Regex(@"[-/]p(roperty)?:CommonsDecisionFile=(""(?<value>[^""]*)""|(?<value>[^\s""']+))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

        public static void ScanMsBuild(string root, string file, string[] lines, Func<string[], int, string?> commentNear, List<AuditItem> items)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                foreach (Match run in RunAnalyzersElement.Matches(line))
                {
                    items.Add(new AuditItem(AuditKind.AnalyzersDisabled, file, i + 1, run.Index + 1, AllBrickRules, commentNear(lines, i), run.Value));
                }

                foreach (Match start in PackageReferenceStart.Matches(line))
                {
                    var element = ElementText(lines, i, start.Index);
                    var excluded = AnalyzersExcluded(element);
                    if (excluded != null)
                    {
                        items.Add(new AuditItem(AuditKind.AnalyzersExcluded, file, i + 1, start.Index + 1, AllBrickRules, commentNear(lines, i), excluded));
                    }
                }

                // ExcludeAssets="analyzers" is not honoured by the SDK (dotnet/sdk#1212); removing the Analyzer items is.
                foreach (Match remove in AnalyzerRemove.Matches(line))
                {
                    var value = remove.Groups["value"].Value;
                    if (value.IndexOf(PackageId, StringComparison.OrdinalIgnoreCase) >= 0 ||
                        (value.Trim().Equals("@(Analyzer)", StringComparison.OrdinalIgnoreCase) && (remove.Value.IndexOf(PackageId, StringComparison.OrdinalIgnoreCase) >= 0 || remove.Value.IndexOf("Condition", StringComparison.OrdinalIgnoreCase) < 0)))
                    {
                        items.Add(new AuditItem(AuditKind.AnalyzersExcluded, file, i + 1, remove.Index + 1, AllBrickRules, commentNear(lines, i), Shorten(remove.Value + " />")));
                    }
                }

                foreach (Match remove in AdditionalFilesRemove.Matches(line))
                {
                    if (RemovesRecord(remove.Groups["value"].Value))
                    {
                        items.Add(new AuditItem(AuditKind.RecordRemoved, file, i + 1, remove.Index + 1, AllBrickRules, commentNear(lines, i), Shorten(remove.Value + " />")));
                    }
                }

                foreach (Match setting in DecisionFileElement.Matches(line))
                {
                    ReportOutside(root, file, Path.GetDirectoryName(Path.Combine(root, file))!, setting.Groups["value"].Value, i, setting.Index, setting.Value, commentNear(lines, i), items);
                }
            }
        }

        public static void ScanScript(string root, string file, string[] lines, Func<string[], int, string?> commentNear, List<AuditItem> items)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match run in RunAnalyzersSwitch.Matches(lines[i]))
                {
                    items.Add(new AuditItem(AuditKind.AnalyzersDisabled, file, i + 1, run.Index + 1, AllBrickRules, commentNear(lines, i), run.Value));
                }

                // A pipeline builds from the repository's root: a relative path is read from there.
                foreach (Match setting in DecisionFileSwitch.Matches(lines[i]))
                {
                    ReportOutside(root, file, root, setting.Groups["value"].Value, i, setting.Index, setting.Value, commentNear(lines, i), items);
                }
            }
        }

        /// <summary>The whole element from its start, up to its end (<c>/&gt;</c> or the closing tag), a few lines at most.</summary>
        private static string ElementText(string[] lines, int index, int column)
        {
            var text = lines[index].Substring(column);
            for (var j = index + 1; j < lines.Length && j < index + 12; j++)
            {
                var selfClosed = Regex.IsMatch(text, @"^<PackageReference\b[^>]*/>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
                if (selfClosed || text.IndexOf("</PackageReference>", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    break;
                }

                text += " " + lines[j].Trim();
            }

            var end = Regex.Match(text, @"^<PackageReference\b[^>]*/>|^<PackageReference\b.*?</PackageReference>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking);
            return end.Success ? end.Value : text;
        }

        /// <summary>How a PackageReference of the package keeps its analyzers out of the compilation, or null.</summary>
        private static string? AnalyzersExcluded(string element)
        {
            var remove = Attribute(element, "Remove");
            if (remove != null && IsPackage(remove))
            {
                return Shorten(element);
            }

            var id = Attribute(element, "Include") ?? Attribute(element, "Update");
            if (id == null || !IsPackage(id))
            {
                return null;
            }

            var exclude = Attribute(element, "ExcludeAssets") ?? Child(element, "ExcludeAssets");
            var include = Attribute(element, "IncludeAssets") ?? Child(element, "IncludeAssets");
            var excludesAnalyzers = exclude != null && Assets(exclude).Any(a => a == "analyzers" || a == "all");
            var leavesAnalyzersOut = include != null && !Assets(include).Any(a => a == "analyzers" || a == "all");
            return excludesAnalyzers || leavesAnalyzersOut ? Shorten(element) : null;
        }

        private static bool IsPackage(string value) => value.Split(';').Any(v => v.Trim().Equals(PackageId, StringComparison.OrdinalIgnoreCase));

        private static IEnumerable<string> Assets(string value) => value.Split(';', ',').Select(a => a.Trim().ToLowerInvariant());

        private static string? Attribute(string element, string name)
        {
            var match = Regex.Match(element, @"\b" + name + @"\s*=\s*""(?<value>[^""]*)""", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
            return match.Success ? match.Groups["value"].Value : null;
        }

        private static string? Child(string element, string name)
        {
            var match = Regex.Match(element, "<" + name + @">(?<value>[^<]*)</" + name + ">", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
            return match.Success ? match.Groups["value"].Value : null;
        }

        /// <summary>A removal that takes the record: by its name, its property, every additional file, or a catch-all wildcard.</summary>
        private static bool RemovesRecord(string value) =>
            value.Split(';').Select(v => v.Trim()).Any(v =>
                v.IndexOf(RecordValidator.FileName, StringComparison.OrdinalIgnoreCase) >= 0 ||
                v.IndexOf("CommonsDecisionFile", StringComparison.OrdinalIgnoreCase) >= 0 ||
                v.IndexOf("_CommonsRecordPath", StringComparison.OrdinalIgnoreCase) >= 0 ||
                v.Equals("@(AdditionalFiles)", StringComparison.OrdinalIgnoreCase) ||
                Regex.IsMatch(v, @"(^|[/\\])\*\*?([/\\]\*(\.\*|\.yml)?)?$|\*\.ya?ml$", RegexOptions.NonBacktracking));

        /// <summary>
        /// CommonsDecisionFile resolved as the build would (the folder of the file that sets it standing for the project's):
        /// reported when it leaves the repository. A value built from other properties cannot be resolved here: left alone.
        /// </summary>
        private static void ReportOutside(string root, string file, string baseFolder, string value, int index, int column, string text, string? comment, List<AuditItem> items)
        {
            var setting = Regex.Replace(value.Trim(), @"\$\((MSBuildThisFileDirectory|MSBuildProjectDirectory)\)", baseFolder + Path.DirectorySeparatorChar, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
            if (setting.Length == 0 || setting.IndexOf("$(", StringComparison.Ordinal) >= 0)
            {
                return;
            }

            string resolved;
            try
            {
                resolved = Path.GetFullPath(Path.Combine(baseFolder, setting.Replace('\\', Path.DirectorySeparatorChar)));
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                return;
            }

            var inside = resolved.Equals(root, StringComparison.Ordinal) || resolved.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (!inside)
            {
                items.Add(new AuditItem(AuditKind.RecordOutside, file, index + 1, column + 1, new[] { "CN0xxx", "CN1xxx" }, comment, text.Trim() + " → " + resolved));
            }
        }

        private static string Shorten(string text)
        {
            var single = Regex.Replace(text, @"\s+", " ").Trim();
            return single.Length <= 120 ? single : single.Substring(0, 117) + "...";
        }
    }
}
