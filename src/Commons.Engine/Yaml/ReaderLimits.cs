namespace Commons.Engine.Yaml
{
    /// <summary>
    /// Bounds that keep a hostile file from costing more than a hand-written record ever needs.
    /// </summary>
    public sealed class ReaderLimits
    {
        /// <summary>1 MiB: a real record is a few kilobytes, a large one (hundreds of brick entries) tens.</summary>
        public int MaxBytes { get; set; } = 1024 * 1024;

        /// <summary>The record's deepest legitimate path is four levels (root, section, entry, value).</summary>
        public int MaxDepth { get; set; } = 16;

        /// <summary>Stops a flat file of a million tiny nodes from building a huge tree.</summary>
        public int MaxNodes { get; set; } = 100_000;

        public static ReaderLimits Default { get; } = new ReaderLimits();
    }
}
