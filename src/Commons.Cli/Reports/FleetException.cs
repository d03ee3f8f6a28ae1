using Commons.Engine.Verdicts;

namespace Commons.Cli.Reports
{
    /// <summary>One brick exception of one repository, read against the scan's day.</summary>
    internal sealed class FleetException
    {
        public FleetException(string repository, BrickEntry brick, ExceptionExpiry expiry)
        {
            Repository = repository;
            Brick = brick;
            Expiry = expiry;
        }

        public string Repository { get; }

        public BrickEntry Brick { get; }

        public ExceptionExpiry Expiry { get; }

        /// <summary>The due month (<c>yyyy-MM</c>), or null when the exception has no usable date.</summary>
        public string? DueMonth => Expiry.State == ExpiryState.NoDate ? null : Brick.Expiry!.Substring(0, 7);
    }
}
