using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Record;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Commons.Build
{
    /// <summary>
    /// Checks the decision record and logs every finding in MSBuild's canonical form; errors fail the build.
    /// Never throws: anything unexpected becomes error CN0903, so MSBuild never prints MSB4018.
    /// </summary>
    public sealed class ValidateCommonsDecision : Task
    {
        /// <summary>The project's folder: where the walk up to the record starts.</summary>
        public string? ProjectDirectory { get; set; }

        /// <summary>The property CommonsDecisionFile as the user set it: a file or a folder, absolute or relative to the project.</summary>
        public string? DecisionFile { get; set; }

        /// <summary>The property CommonsRepositoryRoot: where the walk stops when the repository has no .git.</summary>
        public string? RepositoryRoot { get; set; }

        /// <summary>The property CommonsEnforcement: "false" turns the check off, loudly (CN0901).</summary>
        public string? Enforcement { get; set; }

        /// <summary>The property CommonsTreatWarningsAsErrors: the record's warnings fail the build too.</summary>
        public string? TreatWarningsAsErrors { get; set; }

        /// <summary>The property CommonsLanguage: fr (default) or en.</summary>
        public string? Language { get; set; }

        /// <summary>The property CommonsToday (YYYY-MM-DD); empty for the machine's date.</summary>
        public string? Today { get; set; }

        /// <summary>The property CommonsHelpBaseUri: where the rule pages are served in-house (empty: the published pages).</summary>
        public string? HelpBaseUri { get; set; }

        /// <summary>The project being built ($(MSBuildProjectFullPath)): named by CN0901 and by the once-per-build cache.</summary>
        public string? ProjectFile { get; set; }

        /// <summary>The package's tasks/Commons.BuildSession.proj: gives every node of the build one identity (<see cref="BuildSession"/>).</summary>
        public string? SessionProject { get; set; }

        [Output]
        public int ErrorCount { get; private set; }

        [Output]
        public int WarningCount { get; private set; }

        /// <summary>True when the record was checked and had no finding at all: only then may the build skip it next time.</summary>
        [Output]
        public bool Clean { get; private set; }

        internal Func<DateTime> Clock { get; set; } = () => DateTime.Today;

        // Where an unexpected failure is reported: the record once located, the project before that.
        private string _location = string.Empty;

        // ProjectFileOfTaskNode is the file that holds the task element: our .targets, not the user's project.
        private string Project => string.IsNullOrWhiteSpace(ProjectFile) ? BuildEngine?.ProjectFileOfTaskNode ?? string.Empty : ProjectFile!;

        public override bool Execute()
        {
            var culture = CultureInfo.GetCultureInfo("fr");
            try
            {
                culture = Run();
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException || ex is StackOverflowException))
            {
                Log.LogError(null, BuildRules.InternalError, null, HelpLink(BuildRules.InternalError), _location.Length > 0 ? _location : Project, 0, 0, 0, 0,
                    TaskMessages.Format(culture, BuildRules.InternalError, ex.GetType().Name + ": " + ex.Message));
            }

            return !Log.HasLoggedErrors;
        }

        private CultureInfo Run()
        {
            if (!BuildSettings.TryParseLanguage(Language, out var culture))
            {
                ReportSetting(culture, "CommonsLanguage", Language, "fr | en");
            }

            if (!string.IsNullOrWhiteSpace(HelpBaseUri) && !HelpLinks.IsUsableBase(HelpBaseUri))
            {
                ReportSetting(culture, "CommonsHelpBaseUri", HelpBaseUri, "https://…/");
                HelpBaseUri = null;
            }

            if (!TryParseSwitch("CommonsEnforcement", Enforcement, true, culture, out var enforced) ||
                !TryParseSwitch("CommonsTreatWarningsAsErrors", TreatWarningsAsErrors, false, culture, out var warningsAsErrors))
            {
                return culture;
            }

            if (!enforced)
            {
                // The opt-out is for emergencies and never silent: a pipeline forbids it with -warnaserror:CN0901.
                Log.LogWarning(null, BuildRules.EnforcementDisabled, null, HelpLink(BuildRules.EnforcementDisabled), Project, 0, 0, 0, 0,
                    TaskMessages.Format(culture, BuildRules.EnforcementDisabled, Enforcement ?? string.Empty, Path.GetFileName(Project)));
                return culture;
            }

            if (!BuildSettings.TryParseToday(Today, Clock, out var today))
            {
                ReportSetting(culture, "CommonsToday", Today, "YYYY-MM-DD");
                return culture;
            }

            var search = Locate();
            if (search == null)
            {
                ReportSetting(culture, "CommonsDecisionFile", DecisionFile, RecordValidator.FileName);
                return culture;
            }

            var recordPath = search.RecordPath;
            _location = recordPath;
            var key = ValidationCache.Key(recordPath, BuildSettings.FormatDate(today), culture.Name, warningsAsErrors);
            var cached = ValidationCache.Get(BuildEngine, key);
            var findings = cached?.Findings ?? Check(search, culture, today);
            if (cached == null)
            {
                ValidationCache.Put(BuildEngine, key, new CachedCheck(findings, Project));
            }

            Count(findings);

            // A clean record (from the cache or not) lets this project write its stamp.
            Clean = findings.Count == 0 && !Log.HasLoggedErrors;
            if (findings.Count == 0)
            {
                Log.LogMessage(MessageImportance.Normal, cached == null
                    ? TaskMessages.Format(culture, "Checked", recordPath, 0, 0)
                    : TaskMessages.Format(culture, "AlreadyChecked", recordPath, cached.ReportedBy, 0, 0));
                return culture;
            }

            if (PrintsInFull(ReportClaim.Key(recordPath, culture.Name, BuildSettings.FormatDate(today), findings, warningsAsErrors), cached))
            {
                foreach (var finding in findings)
                {
                    FindingLogger.Log(Log, finding, warningsAsErrors, HelpLink(finding.Id));
                }

                Log.LogMessage(MessageImportance.Normal, TaskMessages.Format(culture, "Checked", recordPath, ErrorCount, WarningCount));
            }
            else if (ErrorCount > 0 || warningsAsErrors)
            {
                // Printed once for the whole build by another project: this one fails too, in one line.
                Log.LogError(null, BuildRules.ReportedOnce, null, HelpLink(BuildRules.ReportedOnce), recordPath, 0, 0, 0, 0,
                    TaskMessages.Format(culture, BuildRules.ReportedOnce, recordPath));
            }
            else
            {
                Log.LogMessage(MessageImportance.Normal, TaskMessages.Format(culture, "AlreadyReported", recordPath, WarningCount));
            }

            return culture;
        }

        /// <summary>
        /// Whether this project prints the findings' full text: the first in the build to claim them (every node agrees
        /// through the build session, docs/msbuild.md). Without a session (an engine that cannot build the session
        /// project), the node's cache decides: the first project of this node prints them.
        /// </summary>
        private bool PrintsInFull(string claimKey, CachedCheck? cached)
        {
            var session = SessionOfThisBuild();
            return session == null ? cached == null : ReportClaim.TryTake(BuildEngine, session, claimKey);
        }

        /// <summary>The build session, asked once per node and build (the answer is the same for every project).</summary>
        private string? SessionOfThisBuild()
        {
            var engine = BuildEngine as IBuildEngine4;
            const string key = "Commons.Build.BuildSession";
            if (engine?.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) is string known)
            {
                return known;
            }

            var session = BuildSession.Of(BuildEngine, SessionProject);
            if (session != null)
            {
                engine?.RegisterTaskObject(key, session, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
            }

            return session;
        }

        /// <summary>
        /// Finds the record with the repository boundary. The targets found it at evaluation without the boundary (for
        /// the analyzers, at no cost); this walk is the one that counts, and it only runs when the check does.
        /// </summary>
        private RecordSearch? Locate()
        {
            try
            {
                return RecordLocator.Locate(ProjectDirectory ?? string.Empty, DecisionFile, RepositoryRoot);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException || ex is System.Security.SecurityException)
            {
                // A path that cannot be a path (bad characters, too long): the user fixes the property.
                return null;
            }
        }

        private static IReadOnlyList<Finding> Check(RecordSearch search, CultureInfo culture, DateTime today)
        {
            if (search.IsFolder)
            {
                var message = TaskMessages.Format(culture, DiagnosticIds.RecordMissing + "_Folder", search.RecordPath);
                return new[] { new Finding(RecordRules.RecordMissing.Id, FindingSeverity.Error, message, search.RecordPath, SourcePosition.Start) };
            }

            if (search.Boundary != SearchBoundary.Configured && !search.Found)
            {
                // The engine's CN0001 names one path; after a walk the user needs to know the whole range looked at.
                var where = TaskMessages.Format(culture, "Boundary_" + search.Boundary);
                var message = TaskMessages.Format(culture, DiagnosticIds.RecordMissing + "_NotFound", search.StartDirectory, search.StopDirectory, where, search.RecordPath);
                return new[] { new Finding(RecordRules.RecordMissing.Id, FindingSeverity.Error, message, search.RecordPath, SourcePosition.Start) };
            }

            // The shipped catalog extended by the organisation's commons-catalog.yml beside the record, as check, the scan
            // and the analyzers read it: an exception for a brick the organisation has opened is CN0211.
            var catalog = OrganisationCatalogFile.Extend(BrickCatalog.Embedded, ValidationCache.FolderOf(search.RecordPath));
            var validator = new RecordValidator(new ValidationOptions { Culture = culture, Today = () => today }, catalog: catalog);
            return validator.ValidateFile(search.RecordPath).Findings;
        }

        private void Count(IReadOnlyList<Finding> findings)
        {
            foreach (var finding in findings)
            {
                if (finding.Severity == FindingSeverity.Error)
                {
                    ErrorCount++;
                }
                else
                {
                    WarningCount++;
                }
            }
        }

        private bool TryParseSwitch(string property, string? value, bool fallback, CultureInfo culture, out bool result)
        {
            var text = (value ?? string.Empty).Trim();
            if (text.Length == 0)
            {
                result = fallback;
                return true;
            }

            if (bool.TryParse(text, out result))
            {
                return true;
            }

            ReportSetting(culture, property, value, "true | false");
            return false;
        }

        private string HelpLink(string ruleId) => HelpLinks.For(ruleId, HelpLinks.IsUsableBase(HelpBaseUri) ? HelpBaseUri : null);

        private void ReportSetting(CultureInfo culture, string property, string? value, string expected) =>
            Log.LogError(null, BuildRules.InvalidSetting, null, HelpLink(BuildRules.InvalidSetting), Project, 0, 0, 0, 0,
                TaskMessages.Format(culture, BuildRules.InvalidSetting, property, value ?? string.Empty, expected));
    }
}
