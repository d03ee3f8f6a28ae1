using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Commons.Engine.Catalog;
using Commons.Engine.Policy;
using Commons.Engine.Verdicts;

namespace Commons.Cli.Reports.Trend
{
    /// <summary>
    /// Scans of one fleet at different dates, as counts per date: what <c>commons report trend</c> prints and draws.
    /// <para>
    /// "The same fleet" is the same set of repository names, and "the same version" the same <c>version</c> of commons:
    /// a count that rises because a repository joined, or because a newer version checks more, is not a trend of the
    /// fleet's compliance. Such scans are refused rather than drawn as if they were comparable.
    /// </para>
    /// </summary>
    internal sealed class FleetTrend
    {
        private static readonly TrendJsonContext Json = new TrendJsonContext(new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

        public string Tool { get; set; } = "commons";

        /// <summary>The version of commons that wrote every scan.</summary>
        public string Version { get; set; } = string.Empty;

        /// <summary>The fleet: its repositories' names, in ordinal order.</summary>
        public List<string> Repositories { get; set; } = new List<string>();

        /// <summary>The bricks that any scan found rebuilt, the most findings over all scans first.</summary>
        public List<string> Bricks { get; set; } = new List<string>();

        /// <summary>One point per scan, the oldest first.</summary>
        public List<TrendPoint> Scans { get; set; } = new List<TrendPoint>();

        public string ToJson() => JsonSerializer.Serialize(this, Json.FleetTrend);

        /// <summary>The trend of <paramref name="scans"/> (file name, scan), or <see cref="TrendRefusedException"/> when they are not one fleet's.</summary>
        public static FleetTrend Of(IReadOnlyList<(string File, FleetReport Scan)> scans)
        {
            Check(scans);
            var points = scans.OrderBy(s => s.Scan.Date, StringComparer.Ordinal).Select(s => PointOf(s.Scan)).ToList();
            var bricks = points.SelectMany(p => p.FindingsByBrick)
                .GroupBy(b => b.Key)
                .OrderByDescending(g => g.Sum(b => b.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .ToList();
            foreach (var point in points)
            {
                point.FindingsByBrick = bricks.ToDictionary(b => b, b => point.FindingsByBrick.TryGetValue(b, out var n) ? n : 0);
            }

            return new FleetTrend
            {
                Version = scans[0].Scan.Version,
                Repositories = NamesOf(scans[0].Scan).OrderBy(n => n, StringComparer.Ordinal).ToList(),
                Bricks = bricks,
                Scans = points,
            };
        }

        private static void Check(IReadOnlyList<(string File, FleetReport Scan)> scans)
        {
            if (scans.Count < 2)
            {
                throw new TrendRefusedException("Trend_OneScan", scans.Count == 0 ? "—" : scans[0].File);
            }

            var first = scans[0];
            var fleet = NamesOf(first.Scan);
            var days = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (file, scan) in scans)
            {
                if (ExceptionExpiry.ParseDate(scan.Date) == null)
                {
                    throw new TrendRefusedException("Trend_NoDate", file);
                }

                if (!string.Equals(scan.Version, first.Scan.Version, StringComparison.Ordinal))
                {
                    throw new TrendRefusedException("Trend_OtherVersion", file, scan.Version, first.File, first.Scan.Version);
                }

                var names = NamesOf(scan);
                if (!names.SetEquals(fleet))
                {
                    var different = names.Except(fleet).Concat(fleet.Except(names)).OrderBy(n => n, StringComparer.Ordinal).ToList();
                    throw new TrendRefusedException("Trend_OtherFleet", file, first.File, different.Count, different[0]);
                }

                if (days.TryGetValue(scan.Date, out var other))
                {
                    throw new TrendRefusedException("Trend_SameDate", other, file, scan.Date);
                }

                days.Add(scan.Date, file);
            }
        }

        private static HashSet<string> NamesOf(FleetReport scan) => new HashSet<string>(scan.Repositories.Select(r => r.Name), StringComparer.Ordinal);

        /// <summary>The counts of one scan, through the same <see cref="FleetFigures"/> as its own report: a point of the trend is what that report showed.</summary>
        private static TrendPoint PointOf(FleetReport scan)
        {
            var figures = new FleetFigures(scan, BrickCatalog.Embedded, PolicyTree.Embedded);
            return new TrendPoint
            {
                Date = scan.Date,
                RepositoriesWithErrors = figures.RepositoriesWithErrors.Count,
                RepositoryNamesWithErrors = figures.RepositoriesWithErrors,
                ExceptionsOpen = figures.Exceptions.Count(e => e.Expiry.IsActive),
                ExceptionsPastDue = figures.Exceptions.Count(e => e.Expiry.IsPastDue),
                FindingsByBrick = figures.Bricks.ToDictionary(b => b.Brick.Id, b => b.Findings),
            };
        }
    }
}
