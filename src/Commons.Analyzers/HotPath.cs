using System.Runtime.CompilerServices;

namespace Commons.Analyzers
{
    /// <summary>
    /// The callbacks that run for every invocation, creation, literal and member, and what they call. They are
    /// compiled optimised at their first call (MethodImplOptions.AggressiveOptimization, 512, which netstandard2.0
    /// does not name; .NET Framework ignores it): otherwise the runtime starts them unoptimised and, while the
    /// compiler keeps the JIT busy, promotes them late or never within one compilation, which made each callback
    /// about twice as slow on a 10k-line project (docs/performance.md).
    /// </summary>
    internal static class HotPath
    {
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
