using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Findings;
using Commons.Engine.Record;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// CN0210: an exception of the record that no finding of the repository needed. Only the scan can tell (a build sees
    /// one project, not the repository), and only where it saw all the code: the C# was analysed and the repository
    /// holds no source in a language the scan does not read, where the brick could still be reimplemented.
    /// </summary>
    internal static class UnusedExceptions
    {
        /// <summary>Sources of languages the scan does not analyse: an exception may be there for them.</summary>
        private static readonly string[] UnreadSources = { ".js", ".jsx", ".ts", ".tsx", ".mjs", ".py", ".java", ".kt", ".php", ".go", ".rb", ".vb", ".fs" };

        public static IEnumerable<Finding> Find(ScanContext context)
        {
            var record = context.Record.Record;
            if (record == null || !context.Verdicts.CodeAnalysed || UnreadSources.Any(e => context.Files.WithExtension(e).Any()))
            {
                yield break;
            }

            var sink = new FindingSink(context.Repository.Display(context.Repository.RecordPath), context.Culture);
            var needed = new HashSet<string>(context.Verdicts.NeededExemptions);
            foreach (var decision in record.Bricks.Values.OrderBy(d => d.Position.Line))
            {
                if (decision.IsException && !needed.Contains(decision.BrickId) && context.Catalog.Find(decision.BrickId) != null)
                {
                    sink.Report(RecordRules.ExceptionNoLongerNeeded, decision.Position, decision.BrickId);
                }
            }

            foreach (var finding in sink.Findings)
            {
                yield return finding;
            }
        }
    }
}
