using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Commons.Engine.Catalog
{
    /// <summary>
    /// Who provides a brick, so a record's <c>fournisseur</c> claim can be checked: the addresses of the brick's own
    /// repositories and the packages it ships (with the common component's package, when the brick is available).
    /// </summary>
    public sealed class ProviderSource
    {
        public static readonly ProviderSource None = new ProviderSource(new string[0], new string[0]);

        public ProviderSource(IReadOnlyList<string> repositories, IReadOnlyList<string> packages)
        {
            Repositories = repositories;
            Packages = packages;
        }

        /// <summary>Repository addresses, <c>host/owner/name</c>, a <c>*</c> standing for any part of one segment.</summary>
        public IReadOnlyList<string> Repositories { get; }

        public IReadOnlyList<string> Packages { get; }

        /// <summary>The package ids whose packing project makes a repository the provider of <paramref name="brick"/>.</summary>
        public static IReadOnlyList<string> PackagesOf(Brick brick) =>
            brick.Common == null ? brick.Provider.Packages : brick.Provider.Packages.Concat(new[] { brick.Common.Package }).Distinct(System.StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>A repository address pattern of the catalog, compared with a repository's git remotes.</summary>
    public static class RepositoryPattern
    {
        private static readonly Regex Shape = new Regex(@"^[A-Za-z0-9*][A-Za-z0-9.*-]*(/[A-Za-z0-9_.*-]+)+$", RegexOptions.CultureInvariant);

        /// <summary>A host and at least one path segment, no scheme, no user, no space.</summary>
        public static bool IsValid(string pattern) => Shape.IsMatch(pattern.Trim());

        public static bool Matches(string pattern, string normalizedRemote)
        {
            var regex = "^" + string.Join("[^/]*", pattern.Trim().TrimEnd('/').Split('*').Select(Regex.Escape)) + "$";
            return Regex.IsMatch(normalizedRemote, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        /// <summary>
        /// A remote as <c>host/owner/name</c>, lower case: <c>https://user@github.com/Org/Repo.git</c>,
        /// <c>git@github.com:Org/Repo.git</c> and <c>ssh://git@github.com/Org/Repo</c> all read <c>github.com/org/repo</c>.
        /// </summary>
        public static string Normalize(string remote)
        {
            var text = remote.Trim();
            var scheme = text.IndexOf("://", System.StringComparison.Ordinal);
            if (scheme >= 0)
            {
                text = text.Substring(scheme + 3);
            }
            else if (text.IndexOf(':') > 0 && text.IndexOf(':') < (text.IndexOf('/') < 0 ? int.MaxValue : text.IndexOf('/')))
            {
                text = text.Substring(0, text.IndexOf(':')) + "/" + text.Substring(text.IndexOf(':') + 1); // scp-like git@host:path
            }

            var slash = text.IndexOf('/');
            var at = text.LastIndexOf('@', slash < 0 ? text.Length - 1 : slash);
            if (at >= 0)
            {
                text = text.Substring(at + 1);
            }

            slash = text.IndexOf('/');
            var host = slash < 0 ? text : text.Substring(0, slash);
            var port = host.IndexOf(':');
            if (port >= 0)
            {
                text = host.Substring(0, port) + text.Substring(host.Length);
            }

            text = text.TrimEnd('/');
            if (text.EndsWith(".git", System.StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(0, text.Length - 4);
            }

            return text.ToLowerInvariant();
        }
    }
}
