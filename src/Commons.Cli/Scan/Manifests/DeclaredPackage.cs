namespace Commons.Cli.Scan
{
    /// <summary>A dependency a manifest declares: its ecosystem, its name as the registry knows it, where it is written.</summary>
    internal readonly struct DeclaredPackage
    {
        public DeclaredPackage(string ecosystem, string name, int offset)
        {
            Ecosystem = ecosystem;
            Name = name;
            Offset = offset;
        }

        public string Ecosystem { get; }

        public string Name { get; }

        public int Offset { get; }
    }
}
