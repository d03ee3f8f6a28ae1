namespace Commons.Build
{
    /// <summary>Why the walk up from the project stopped: it says the user where the record was expected.</summary>
    public enum SearchBoundary
    {
        /// <summary>The record was named by the property CommonsDecisionFile: no walk.</summary>
        Configured,

        /// <summary>The folder that holds <c>.git</c> (a folder, or a file in a worktree or submodule).</summary>
        RepositoryRoot,

        /// <summary>The folder named by the property CommonsRepositoryRoot (repositories without .git, samples).</summary>
        ConfiguredRoot,

        /// <summary>No repository root on the way up: the walk reached the top of the file system.</summary>
        FileSystemRoot,
    }

    /// <summary>The outcome of looking for the record: where it is, or where it was looked for and should be.</summary>
    public sealed class RecordSearch
    {
        public RecordSearch(string recordPath, bool found, string startDirectory, string stopDirectory, SearchBoundary boundary, bool isFolder = false)
        {
            RecordPath = recordPath;
            IsFolder = isFolder;
            Found = found;
            StartDirectory = startDirectory;
            StopDirectory = stopDirectory;
            Boundary = boundary;
        }

        /// <summary>The record's full path; when not found, the path where <c>commons init</c> would create it.</summary>
        public string RecordPath { get; }

        public bool Found { get; }

        /// <summary>A folder sits where the record should be (a <c>commons-decision.yml/</c> folder): not a record, and not missing either.</summary>
        public bool IsFolder { get; }

        public string StartDirectory { get; }

        public string StopDirectory { get; }

        public SearchBoundary Boundary { get; }
    }
}
