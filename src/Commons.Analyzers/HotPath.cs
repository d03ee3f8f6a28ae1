using System.Runtime.CompilerServices;

namespace Commons.Analyzers
{
    /// <summary>
    /// The callbacks that run for every invocation, creation, literal and member, and what they call, are compiled
    /// optimised at their first call (MethodImplOptions.AggressiveOptimization, 512, which netstandard2.0 does not
    /// name; runtimes that do not know it ignore it). Otherwise the runtime starts them unoptimised and, while the
    /// compiler keeps the JIT busy, promotes them late or never within one compilation. The measurements are in
    /// docs/performance.md ("Analyzers: the fixed cost on small compilations").
    /// </summary>
    internal static class HotPath
    {
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
