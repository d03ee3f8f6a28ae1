using System;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Commons.Build
{
    /// <summary>
    /// Locates the record for a project, early and cheaply (a few file-existence checks), so the targets can add
    /// it to <c>AdditionalFiles</c> for the analyzers and use it as the input of the incremental check. It also
    /// fixes the build's date, so the incremental stamp changes when the day does. Never fails the build: what
    /// is wrong is reported by <see cref="ValidateCommonsDecision"/>.
    /// </summary>
    public sealed class FindCommonsDecision : Task
    {
        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>The property CommonsDecisionFile: a file or a folder, absolute or relative to the project.</summary>
        public string? DecisionFile { get; set; }

        /// <summary>The property CommonsRepositoryRoot: where the walk stops when the repository has no .git.</summary>
        public string? RepositoryRoot { get; set; }

        /// <summary>The property CommonsToday (YYYY-MM-DD); empty for the machine's date.</summary>
        public string? Today { get; set; }

        [Output]
        public string RecordPath { get; private set; } = string.Empty;

        [Output]
        public bool Found { get; private set; }

        [Output]
        public string SearchStart { get; private set; } = string.Empty;

        [Output]
        public string SearchStop { get; private set; } = string.Empty;

        [Output]
        public string Boundary { get; private set; } = string.Empty;

        /// <summary>The date of the check (YYYY-MM-DD), or CommonsToday as given when it is not a date.</summary>
        [Output]
        public string EffectiveToday { get; private set; } = string.Empty;

        internal Func<DateTime> Clock { get; set; } = () => DateTime.Today;

        public override bool Execute()
        {
            try
            {
                var search = RecordLocator.Locate(ProjectDirectory, DecisionFile, RepositoryRoot);
                RecordPath = search.RecordPath;
                Found = search.Found;
                SearchStart = search.StartDirectory;
                SearchStop = search.StopDirectory;
                Boundary = search.Boundary.ToString();
            }
            catch (Exception ex) when (!IsFatal(ex))
            {
                // An unusable path (bad characters, too long): leave RecordPath empty; the check reports it.
                Log.LogMessage(MessageImportance.Low, "Commons: the record could not be located: " + ex.Message);
            }

            EffectiveToday = BuildSettings.TryParseToday(Today, Clock, out var today) ? BuildSettings.FormatDate(today) : (Today ?? string.Empty).Trim();
            return true;
        }

        internal static bool IsFatal(Exception ex) => ex is OutOfMemoryException || ex is StackOverflowException;
    }
}
