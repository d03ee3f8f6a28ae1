using System.Diagnostics;

namespace Commons.Benchmarks
{
    /// <summary>Plain measurement helpers: medians of Stopwatch samples (robust to a noisy shared machine).</summary>
    internal static class Measure
    {
        public static double Median(IEnumerable<double> samples)
        {
            var sorted = samples.OrderBy(x => x).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        public static double Percentile(IEnumerable<double> samples, double p)
        {
            var sorted = samples.OrderBy(x => x).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            var index = (int)Math.Ceiling(p * sorted.Length) - 1;
            return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
        }

        public static double Milliseconds(Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            return watch.Elapsed.TotalMilliseconds;
        }

        public static async Task<double> MillisecondsAsync(Func<Task> action)
        {
            var watch = Stopwatch.StartNew();
            await action().ConfigureAwait(false);
            return watch.Elapsed.TotalMilliseconds;
        }

        /// <summary>Collects garbage so one measurement does not pay for the previous one's allocations.</summary>
        public static void Settle()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        /// <summary>CPU time of this process so far (all threads): unlike the wall clock, other processes' load does not inflate it.</summary>
        public static double CpuMilliseconds()
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime.TotalMilliseconds;
        }

        /// <summary>The 1-minute load average (Linux), or NaN.</summary>
        public static double LoadAverage()
        {
            try
            {
                var text = File.ReadAllText("/proc/loadavg");
                return double.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                return double.NaN;
            }
            catch (UnauthorizedAccessException)
            {
                return double.NaN;
            }
        }
    }
}
