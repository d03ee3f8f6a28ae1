using System.Runtime.CompilerServices;
using System.Threading;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Analyzers
{
    /// <summary>
    /// The catalog a host that runs the analyzers in process (<c>commons scan</c>, <c>commons policy diff</c>) applies,
    /// handed over as an additional file: the shipped catalog or a proposed one, already extended by the repository's
    /// commons-catalog.yml. Only code can create one (a build's AdditionalFiles are the compiler's own texts), so no
    /// repository can replace the catalog it is checked against; and the policy travels with the compilation instead of
    /// living in a static.
    /// </summary>
    public sealed class InjectedCatalog : AdditionalText
    {
        // One instance per catalog, so every repository that shares a catalog shares its analysis session (and the
        // signature indexes built once per session).
        private static readonly ConditionalWeakTable<BrickCatalog, InjectedCatalog> Instances = new ConditionalWeakTable<BrickCatalog, InjectedCatalog>();

        private InjectedCatalog(BrickCatalog catalog)
        {
            Result = new CatalogMergeResult(catalog, new CatalogProblem[0]);
        }

        /// <summary>A name no file of a repository can be mistaken for: the analyzers look files up by name.</summary>
        public override string Path => "<commons: injected catalog>";

        internal CatalogMergeResult Result { get; }

        public static InjectedCatalog For(BrickCatalog catalog) => Instances.GetValue(catalog, c => new InjectedCatalog(c));

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
