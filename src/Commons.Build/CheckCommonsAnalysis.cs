using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Commons.Engine.Findings;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Commons.Build
{
    /// <summary>
    /// After compilation, says once per project when the package's analyzers did not look at the code (CN0904:
    /// RunAnalyzers / RunAnalyzersDuringBuild false, or the package's analyzers excluded from its reference) or did
    /// not see the record (CN0905: removed from AdditionalFiles), so a bypass shows in every build log and not only
    /// when someone runs the audit. Run after CoreCompile: it sees the items the compiler was given, whatever target
    /// changed them before. Never throws: a failure here is not worth a broken build.
    /// </summary>
    public sealed class CheckCommonsAnalysis : Task
    {
        private const string AnalyzerAssembly = "Commons.Analyzers";

        /// <summary>The project being built ($(MSBuildProjectFullPath)): where the warnings point.</summary>
        public string? ProjectFile { get; set; }

        /// <summary>The property CommonsLanguage: fr (default) or en.</summary>
        public string? Language { get; set; }

        /// <summary>The property CommonsHelpBaseUri: where the rule pages are served in-house (ValidateCommonsDecision reports an unusable one).</summary>
        public string? HelpBaseUri { get; set; }

        public string? RunAnalyzers { get; set; }

        public string? RunAnalyzersDuringBuild { get; set; }

        /// <summary>@(Analyzer): the package's analyzer assembly is among them unless its reference excludes it.</summary>
        public ITaskItem[] Analyzers { get; set; } = new ITaskItem[0];

        /// <summary>@(AdditionalFiles) as the compiler received them.</summary>
        public ITaskItem[] AdditionalFiles { get; set; } = new ITaskItem[0];

        /// <summary>The record the package handed to the analyzers at evaluation; empty when there was none to hand.</summary>
        public string? RecordPath { get; set; }

        public override bool Execute()
        {
            try
            {
                BuildSettings.TryParseLanguage(Language, out var culture); // CN0902 for a bad language is the check's to report
                var off = AnalyzersOff();
                if (off != null)
                {
                    Warn(BuildRules.AnalyzersOff, culture, Path.GetFileName(ProjectFile ?? string.Empty), TaskMessages.Format(culture, off.Value.Key, off.Value.Value));
                }
                else if (!string.IsNullOrWhiteSpace(RecordPath) && !RecordHanded())
                {
                    Warn(BuildRules.RecordNotAnalyzed, culture, Path.GetFileName(ProjectFile ?? string.Empty), RecordPath!);
                }
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException || ex is StackOverflowException))
            {
                // The check never fails a build, but it does not pass in silence either: a warning says it did not run, and why.
                BuildSettings.TryParseLanguage(Language, out var culture);
                Log.LogWarning(null, null, null, ProjectFile ?? string.Empty, 0, 0, 0, 0, TaskMessages.Format(culture, "AnalysisCheck_Failed", Path.GetFileName(ProjectFile ?? string.Empty), ex.GetType().Name + ": " + ex.Message));
            }

            return true;
        }

        /// <summary>Why the analyzers did not run (message key and the value that decided), or null: they ran.</summary>
        internal System.Collections.Generic.KeyValuePair<string, string>? AnalyzersOff()
        {
            // The compiler's own rule (Microsoft.Managed.Core.targets, _ComputeSkipAnalyzers): RunAnalyzers wins when set.
            var run = (RunAnalyzers ?? string.Empty).Trim();
            var duringBuild = (RunAnalyzersDuringBuild ?? string.Empty).Trim();
            if (run.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return new System.Collections.Generic.KeyValuePair<string, string>("AnalyzersOff_Property", "RunAnalyzers=" + run);
            }

            if (run.Length == 0 && duringBuild.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return new System.Collections.Generic.KeyValuePair<string, string>("AnalyzersOff_Property", "RunAnalyzersDuringBuild=" + duringBuild);
            }

            if (!Analyzers.Any(a => string.Equals(Path.GetFileNameWithoutExtension(a.ItemSpec), AnalyzerAssembly, StringComparison.OrdinalIgnoreCase)))
            {
                return new System.Collections.Generic.KeyValuePair<string, string>("AnalyzersOff_Excluded", AnalyzerAssembly);
            }

            return null;
        }

        /// <summary>The record is still an additional file: marked by the package, or the same path.</summary>
        internal bool RecordHanded()
        {
            var record = Normalize(RecordPath!);
            return AdditionalFiles.Any(f =>
                string.Equals(f.GetMetadata("CommonsRole"), "record", StringComparison.OrdinalIgnoreCase) ||
                string.Equals(Normalize(f.GetMetadata("FullPath") is var full && full.Length > 0 ? full : f.ItemSpec), record, StringComparison.OrdinalIgnoreCase));
        }

        private static string Normalize(string path)
        {
            try
            {
                return Path.GetFullPath(path.Trim());
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                return path.Trim();
            }
        }

        private void Warn(string id, CultureInfo culture, params object[] args) =>
            Log.LogWarning(null, id, null, HelpLinks.For(id, HelpLinks.IsUsableBase(HelpBaseUri) ? HelpBaseUri : null), ProjectFile ?? string.Empty, 0, 0, 0, 0, TaskMessages.Format(culture, id, args));
    }
}
