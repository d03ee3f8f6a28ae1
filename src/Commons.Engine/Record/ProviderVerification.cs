using System;
using System.Globalization;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;

namespace Commons.Engine.Record
{
    /// <summary>
    /// Whether a repository may declare itself a brick's <c>fournisseur</c>: one of its git remotes matches an
    /// address of the brick's providers in the catalog, or one of its projects packs the brick's package. A claim
    /// nothing supports is not a switch: the record check reports it (CN0203) and the analyzers keep reporting.
    /// </summary>
    public static class ProviderVerification
    {
        public static ProviderVerdict Check(Brick brick, RepositoryFacts facts)
        {
            foreach (var pattern in brick.Provider.Repositories)
            {
                var remote = facts.Remotes.FirstOrDefault(r => RepositoryPattern.Matches(pattern, r));
                if (remote != null)
                {
                    return new ProviderVerdict(brick.Id, true, "Provider_Remote", remote, pattern);
                }
            }

            var packages = ProviderSource.PackagesOf(brick);
            foreach (var (project, packageId) in facts.PackedPackages)
            {
                if (packages.Any(p => string.Equals(p, packageId, StringComparison.OrdinalIgnoreCase)))
                {
                    return new ProviderVerdict(brick.Id, true, "Provider_Package", project, packageId);
                }
            }

            if (brick.Provider.Repositories.Count == 0 && packages.Count == 0)
            {
                return new ProviderVerdict(brick.Id, false, "Provider_NoneNamed");
            }

            var remotes = facts.Remotes.Count == 0 ? "-" : string.Join(", ", facts.Remotes);
            var addresses = brick.Provider.Repositories.Count == 0 ? "-" : string.Join(", ", brick.Provider.Repositories);
            var names = packages.Count == 0 ? "-" : string.Join(", ", packages);
            return new ProviderVerdict(brick.Id, false, "Provider_NoMatch", remotes, addresses, names);
        }
    }

    /// <summary>The outcome of a <c>fournisseur</c> claim, and what decided it (the remote or project that matched, or why none did).</summary>
    public sealed class ProviderVerdict
    {
        private readonly string _reasonKey;
        private readonly object[] _arguments;

        public ProviderVerdict(string brickId, bool verified, string reasonKey, params object[] arguments)
        {
            BrickId = brickId;
            Verified = verified;
            _reasonKey = reasonKey;
            _arguments = arguments;
        }

        public string BrickId { get; }

        public bool Verified { get; }

        /// <summary>The evidence (verified) or the reason (not), in <paramref name="culture"/>'s language.</summary>
        public string Reason(CultureInfo culture) => Messages.Format(culture, _reasonKey, _arguments);
    }
}
