namespace Commons.Engine.Files
{
    /// <summary>What a path names once its links are followed: only a regular file is ever read.</summary>
    public enum FileKind
    {
        /// <summary>The platform cannot tell (no Unix status): read with the byte limit, like a regular file.</summary>
        Unknown,
        Regular,
        Directory,

        /// <summary>A named pipe: opening it waits for a writer that may never come.</summary>
        Fifo,

        /// <summary>A character device (<c>/dev/zero</c>, <c>/dev/tty</c>): endless, or waiting for input.</summary>
        CharacterDevice,
        BlockDevice,
        Socket,
        Missing,
    }
}
