using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Commons.Reliability.Tests;

/// <summary>
/// The CPU time the current thread has used. Time bounds measured with it judge the engine's own work, not the load
/// the other test assemblies and builds put on a shared two-core CI machine. Where the platform has no per-thread
/// clock (non-Linux), it falls back to the wall clock.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var value) == 0)
        {
            return TimeSpan.FromTicks(value.Seconds * TimeSpan.TicksPerSecond + value.Nanoseconds / 100);
        }

        return TimeSpan.FromSeconds(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency);
    }

    /// <summary>Runs <paramref name="action"/> and returns the CPU time this thread spent in it.</summary>
    public static TimeSpan Measure(Action action)
    {
        var start = Now();
        action();
        return Now() - start;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out Timespec value);
}
