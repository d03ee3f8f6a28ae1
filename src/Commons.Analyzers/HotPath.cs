using System.Runtime.CompilerServices;

namespace Commons.Analyzers
{
    /// <summary>
    /// The callbacks that run for every invocation, creation, literal and member, and what they call. They are
    /// compiled optimised at their first call (MethodImplOptions.AggressiveOptimization, 512, which netstandard2.0
    /// does not name; .NET Framework ignores it): otherwise the runtime starts them unoptimised and, while the
    /// compiler keeps the JIT busy, promotes them late or never within one compilation, which made the callbacks
    /// about twice as slow on a 10k-line project (the benchmarks' --timed: as slow as with tiering off, 16-17 ms
    /// instead of 31). A cost bounded in time rather than proportional to code, so small projects bear it most.
    /// </summary>
    internal static class HotPath
    {
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
