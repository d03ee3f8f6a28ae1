using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Policy;

namespace Commons.Engine.Catalog
{
    /// <summary>
    /// Applies a catalog document onto a base catalog: names, status, diagnostic and common component override,
    /// signatures add up. An organisation cannot invent a brick: each brick has its own diagnostic ID, shipped
    /// with the analyzers.
    /// </summary>
    internal static class CatalogMerger
    {
        public static CatalogMergeResult Merge(BrickCatalog baseCatalog, CatalogDocument document, bool allowNewBricks = false)
        {
            var problems = new List<CatalogProblem>(document.Problems);
            var bricks = baseCatalog.Bricks.ToList();
            var seen = new HashSet<string>();
            foreach (var entry in document.Bricks)
            {
                if (!seen.Add(entry.Id))
                {
                    problems.Add(new CatalogProblem(CatalogProblemKind.Duplicate, entry.Position, entry.Id));
                    continue;
                }

                var index = bricks.FindIndex(b => b.Id == entry.Id);
                if (index < 0 && !allowNewBricks)
                {
                    problems.Add(new CatalogProblem(CatalogProblemKind.UnknownBrick, entry.Position, entry.Id, string.Join(", ", bricks.Select(b => b.Id))));
                    continue;
                }

                var merged = index < 0 ? entry.ToBrick() : Override(bricks[index], entry);
                if (merged.Status == BrickStatus.Available && merged.Common == null)
                {
                    problems.Add(new CatalogProblem(CatalogProblemKind.AvailableWithoutCommon, entry.Position, entry.Id));
                    continue;
                }

                if (index < 0)
                {
                    bricks.Add(merged);
                }
                else
                {
                    bricks[index] = merged;
                }
            }

            var groups = baseCatalog.Groups.ToList();
            var seenGroups = new HashSet<string>();
            foreach (var entry in document.Groups)
            {
                var unknown = entry.BrickIds.FirstOrDefault(id => bricks.All(b => b.Id != id));
                if (!seenGroups.Add(entry.Id))
                {
                    problems.Add(new CatalogProblem(CatalogProblemKind.Duplicate, entry.Position, entry.Id));
                    continue;
                }

                if (unknown != null)
                {
                    problems.Add(new CatalogProblem(CatalogProblemKind.UnknownBrick, entry.BricksPosition, unknown, string.Join(", ", bricks.Select(b => b.Id))));
                    continue;
                }

                var index = groups.FindIndex(g => g.Id == entry.Id);
                if (index < 0)
                {
                    if (entry.BrickIds.Count == 0)
                    {
                        problems.Add(new CatalogProblem(CatalogProblemKind.MissingKey, entry.Position, "bricks"));
                        continue;
                    }

                    groups.Add(entry.ToGroup());
                }
                else
                {
                    var existing = groups[index];
                    var brickIds = entry.BrickIds.Count > 0 ? entry.BrickIds : existing.BrickIds;
                    groups[index] = new BrickGroup(existing.Id, brickIds, existing.Signatures.Add(entry.Signatures));
                }
            }

            return new CatalogMergeResult(new BrickCatalog(bricks, groups), problems);
        }

        private static Brick Override(Brick brick, BrickEntry entry) => new Brick(
            brick.Id,
            new LocalizedName(entry.NameFr ?? brick.Name.French, entry.NameEn ?? brick.Name.English),
            entry.Status ?? brick.Status,
            entry.Diagnostic ?? brick.DiagnosticId,
            entry.Common ?? brick.Common,
            brick.Signatures.Add(entry.Signatures),
            brick.Provider); // only the shipped catalog names providers: a repository cannot vouch for itself
    }
}
