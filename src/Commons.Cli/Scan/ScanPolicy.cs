using System;
using System.Collections.Concurrent;
using System.IO;
using Commons.Engine.Catalog;
using Commons.Engine.Files;
using Commons.Engine.Policy;
using Commons.Engine.Yaml;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The policy a scan applies: the decision tree and the brick catalog (the shipped ones, or a proposal for
    /// <c>commons policy diff</c>), and how each repository's commons-catalog.yml extends the catalog. Passed to the
    /// scanner rather than read from the engine's statics, so one process can scan the same fleet under two policies.
    /// </summary>
    internal sealed class ScanPolicy
    {
        // The catalog extended by each distinct organisation file: repositories that share one share the instance (and
        // the analyzers' session built for it).
        private readonly ConcurrentDictionary<string, BrickCatalog> _extended = new ConcurrentDictionary<string, BrickCatalog>(StringComparer.Ordinal);

        /// <param name="organisationCatalog">
        /// An organisation's catalog applied to every repository in place of its own commons-catalog.yml (a proposed
        /// one); null to read each repository's.
        /// </param>
        public ScanPolicy(PolicyTree tree, BrickCatalog catalog, string? organisationCatalog = null)
        {
            Tree = tree;
            Catalog = catalog;
            OrganisationCatalog = organisationCatalog;
        }

        /// <summary>The policy shipped with this build: what <c>commons scan</c>, <c>check</c> and the build apply.</summary>
        public static ScanPolicy Shipped => new ScanPolicy(PolicyTree.Embedded, BrickCatalog.Embedded);

        public PolicyTree Tree { get; }

        public BrickCatalog Catalog { get; }

        public string? OrganisationCatalog { get; }

        /// <summary>
        /// The catalog extended by the repository's commons-catalog.yml as the analyzers extend it, so every scanner and
        /// the record's check see the organisation's signatures and opened bricks too. Its problems are the analyzers' to
        /// report (CN19xx); a bad entry is skipped here.
        /// </summary>
        public BrickCatalog CatalogFor(Repository repository)
        {
            var text = OrganisationCatalog ?? ReadOrganisationFile(repository);
            return text == null ? Catalog : _extended.GetOrAdd(text, t => Catalog.WithOrganisationFile(t, BrickCatalog.OrganisationFileName).Catalog);
        }

        /// <summary>The repository's own file, read as hostile input (as every file of the scan, and as check and the build read it).</summary>
        private static string? ReadOrganisationFile(Repository repository) => OrganisationCatalogFile.ReadText(repository.Root);
    }
}
