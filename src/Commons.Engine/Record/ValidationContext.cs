using System;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Policy;

namespace Commons.Engine.Record
{
    /// <summary>What every section's rules need while one record is validated.</summary>
    internal sealed class ValidationContext
    {
        public ValidationContext(FindingSink sink, PolicyTree tree, BrickCatalog catalog, DateTime today, Lazy<RepositoryFacts?>? repository = null)
        {
            Repository = repository ?? new Lazy<RepositoryFacts?>(() => null);
            Sink = sink;
            Tree = tree;
            Catalog = catalog;
            Today = today;
        }

        public FindingSink Sink { get; }

        public PolicyTree Tree { get; }

        public BrickCatalog Catalog { get; }

        public DateTime Today { get; }

        /// <summary>The repository's remotes and packed packages, read only if a brick is claimed <c>fournisseur</c>; null: not checked.</summary>
        public Lazy<RepositoryFacts?> Repository { get; }

        public DecisionRecord Record { get; } = new DecisionRecord();
    }
}
