using System.Globalization;

namespace Commons.Reliability.Tests;

/// <summary>
/// CI runs a fixed seed and a few thousand cases. <c>COMMONS_RELIABILITY_LONG=SECONDS</c> (for example 600) turns
/// every property into a timed run with fresh random seeds and CsCheck's shrinking; see docs/reliability.md.
/// </summary>
public static class ReliabilitySettings
{
    public const string LongRunVariable = "COMMONS_RELIABILITY_LONG";

    /// <summary>The seed of the CI run (PCG seed; any change of it is a change of the corpus, say so in the docs).</summary>
    public const ulong CiSeed = 20261128;

    public static int? LongRunSeconds =>
        int.TryParse(Environment.GetEnvironmentVariable(LongRunVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : null;

    public static bool IsLongRun => LongRunSeconds.HasValue;

    /// <summary><c>COMMONS_RELIABILITY_TIME_FACTOR</c> (default 1): multiplies the time bounds on an overloaded machine.</summary>
    public static double TimeFactor =>
        double.TryParse(Environment.GetEnvironmentVariable("COMMONS_RELIABILITY_TIME_FACTOR"), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f >= 1 ? f : 1;
}
