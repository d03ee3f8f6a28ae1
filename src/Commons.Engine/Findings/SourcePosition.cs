namespace Commons.Engine.Findings
{
    /// <summary>A 1-based line and column in the record.</summary>
    public readonly struct SourcePosition
    {
        public SourcePosition(int line, int column)
        {
            Line = line < 1 ? 1 : line;
            Column = column < 1 ? 1 : column;
        }

        public int Line { get; }

        public int Column { get; }

        public static SourcePosition Start => new SourcePosition(1, 1);

        public override string ToString() => "(" + Line + "," + Column + ")";
    }
}
