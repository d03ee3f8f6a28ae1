using System;
using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Policy;

namespace Commons.Engine.Catalog
{
    /// <summary>
    /// The shared bricks of the policy, read from rules/catalog.yml, optionally extended by an organisation's
    /// commons-catalog.yml (see <see cref="WithOrganisationFile"/>).
    /// </summary>
    public sealed class BrickCatalog
    {
        /// <summary>The file name under which an organisation passes its catalog as an AdditionalFiles item.</summary>
        public const string OrganisationFileName = "commons-catalog.yml";

        private static readonly Lazy<BrickCatalog> EmbeddedCatalog =
            new Lazy<BrickCatalog>(() => Parse(EmbeddedRules.ReadText("catalog.yml"), "catalog.yml"));

        internal BrickCatalog(IReadOnlyList<Brick> bricks, IReadOnlyList<BrickGroup> groups)
        {
            Bricks = bricks;
            Groups = groups;
        }

        public static BrickCatalog Embedded => EmbeddedCatalog.Value;

        public IReadOnlyList<Brick> Bricks { get; }

        /// <summary>Signatures shared by several bricks (local identity belongs to agent or public authentication).</summary>
        public IReadOnlyList<BrickGroup> Groups { get; }

        public IEnumerable<string> Ids => Bricks.Select(b => b.Id);

        public Brick? Find(string id) => Bricks.FirstOrDefault(b => b.Id == id);

        /// <summary>Reads the catalog of this repository; its data is ours, so any problem throws.</summary>
        public static BrickCatalog Parse(string yaml, string fileName)
        {
            var result = TryParse(yaml, fileName);
            if (result.Problems.Count > 0)
            {
                var first = result.Problems[0];
                throw new PolicyDataException(fileName + first.Position + ": " + first.Kind + " " + string.Join(" ", first.Arguments), first.Position);
            }

            return result.Catalog;
        }

        /// <summary>
        /// Reads a whole catalog (the shipped file's format) and returns every problem with its position instead of
        /// throwing: a proposed catalog (<c>commons policy diff --catalog</c>) is refused with all of them at once.
        /// </summary>
        public static CatalogMergeResult TryParse(string yaml, string fileName)
        {
            var document = CatalogReader.Read(yaml, fileName, isOrganisation: false);
            if (document.Problems.Count > 0)
            {
                return new CatalogMergeResult(new BrickCatalog(new Brick[0], new BrickGroup[0]), document.Problems);
            }

            return CatalogMerger.Merge(new BrickCatalog(new Brick[0], new BrickGroup[0]), document, allowNewBricks: true);
        }

        /// <summary>
        /// This catalog extended by an organisation's file: names, status and common component override, signatures add up.
        /// Never throws: every malformed entry becomes a problem with its position and is skipped; the rest applies.
        /// </summary>
        public CatalogMergeResult WithOrganisationFile(string yaml, string fileName)
        {
            try
            {
                var document = CatalogReader.Read(yaml, fileName, isOrganisation: true);
                return CatalogMerger.Merge(this, document);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // Bad data must become a diagnostic, never a crash of the host (the compiler, the IDE).
                var problem = new CatalogProblem(CatalogProblemKind.Unreadable, Findings.SourcePosition.Start, ex.Message);
                return new CatalogMergeResult(this, new[] { problem });
            }
        }
    }

    public sealed class CatalogMergeResult
    {
        public CatalogMergeResult(BrickCatalog catalog, IReadOnlyList<CatalogProblem> problems)
        {
            Catalog = catalog;
            Problems = problems;
        }

        public BrickCatalog Catalog { get; }

        public IReadOnlyList<CatalogProblem> Problems { get; }
    }
}
