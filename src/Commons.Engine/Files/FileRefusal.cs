namespace Commons.Engine.Files
{
    /// <summary>Why a file of a repository was not read.</summary>
    public enum FileRefusal
    {
        None,

        /// <summary>Gone, or a link to nothing.</summary>
        Missing,

        /// <summary>A FIFO, a device, a socket or a folder (<see cref="FileContent.Kind"/> says which).</summary>
        NotRegular,

        /// <summary>A link whose target is outside the repository (a sibling repository's file, <c>/etc/passwd</c>).</summary>
        OutsideRoot,

        /// <summary>More bytes than the reader's limit, whatever size the file system reported.</summary>
        TooLarge,

        /// <summary>The file system refused (permissions, I/O error).</summary>
        Unreadable,
    }
}
