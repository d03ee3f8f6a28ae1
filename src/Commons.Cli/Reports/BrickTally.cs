namespace Commons.Cli.Reports
{
    /// <summary>One brick analyzer ID's findings in one repository.</summary>
    internal sealed class BrickTally
    {
        public BrickTally(string helpUri)
        {
            HelpUri = helpUri;
        }

        public int Findings { get; private set; }

        public int Errors { get; private set; }

        /// <summary>The help link of the first finding, the one the report shows.</summary>
        public string HelpUri { get; }

        public void Add(bool isError)
        {
            Findings++;
            Errors += isError ? 1 : 0;
        }
    }
}
