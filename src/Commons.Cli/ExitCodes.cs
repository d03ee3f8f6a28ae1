namespace Commons.Cli
{
    /// <summary>What pipelines read: 0 clean (warnings allowed), 1 at least one error finding, 2 usage or I/O problem.</summary>
    public static class ExitCodes
    {
        public const int Success = 0;
        public const int Findings = 1;
        public const int Usage = 2;
    }
}
