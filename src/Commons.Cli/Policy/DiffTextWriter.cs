using System.Globalization;
using System.IO;
using System.Linq;

namespace Commons.Cli.Policy
{
    /// <summary>
    /// The diff as text: per repository, each finding the proposal removes (<c>- </c>) or adds (<c>+ </c>) in the
    /// scan's canonical form, in file order, then one summary line.
    /// </summary>
    internal static class DiffTextWriter
    {
        public static void Write(PolicyDiffReport report, CultureInfo culture, TextWriter writer)
        {
            var lines = report.Removed.Select(e => (Sign: "- ", Entry: e)).Concat(report.Added.Select(e => (Sign: "+ ", Entry: e)))
                .OrderBy(l => l.Entry.Repository, System.StringComparer.Ordinal)
                .ThenBy(l => l.Entry.File, System.StringComparer.Ordinal)
                .ThenBy(l => l.Entry.Line)
                .ThenBy(l => l.Entry.Column)
                .ThenBy(l => l.Sign == "- " ? 0 : 1)
                .ThenBy(l => l.Entry.Id, System.StringComparer.Ordinal);
            foreach (var (sign, entry) in lines)
            {
                writer.WriteLine(sign + entry.ToCanonicalString());
            }

            var s = report.Summary;
            writer.WriteLine(PolicyText.Format(culture, "Diff_Summary", s.RepositoriesAffected, s.Repositories, s.ErrorsAdded, s.ErrorsRemoved, s.WarningsAdded, s.WarningsRemoved));
        }
    }
}
