using System.Collections.Generic;
using System.Linq;

namespace Commons.Engine.Catalog
{
    /// <summary>What code that reimplements a brick looks like. Each list is data: adding an entry needs no code.</summary>
    public sealed class SignatureSet
    {
        public static readonly SignatureSet Empty = new SignatureSet(
            new string[0], new string[0], new string[0], new string[0], new string[0], new string[0]);

        public SignatureSet(
            IReadOnlyList<string> types,
            IReadOnlyList<string> members,
            IReadOnlyList<string> passwordMembers,
            IReadOnlyList<string> setups,
            IReadOnlyList<string> packages,
            IReadOnlyList<string> hosts)
        {
            Types = types;
            Members = members;
            PasswordMembers = passwordMembers;
            Setups = setups;
            Packages = packages;
            Hosts = hosts;
        }

        /// <summary>Types (<c>Ns.Type</c>, <c>Ns.Type&lt;T&gt;</c>) or namespaces (<c>Ns.*</c>).</summary>
        public IReadOnlyList<string> Types { get; }

        /// <summary>Methods (<c>Ns.Type.Method</c>, <c>Ns.Type..ctor</c>) whose call is a reimplementation.</summary>
        public IReadOnlyList<string> Members { get; }

        /// <summary>Methods reported only when an argument is a password (named so).</summary>
        public IReadOnlyList<string> PasswordMembers { get; }

        /// <summary>Methods that configure an identity provider; a brick host inside names the brick.</summary>
        public IReadOnlyList<string> Setups { get; }

        /// <summary>Package ids, a trailing <c>*</c> for a family. For the build and the CLI.</summary>
        public IReadOnlyList<string> Packages { get; }

        /// <summary>Host patterns, optionally with a path prefix (see <see cref="HostPattern"/>).</summary>
        public IReadOnlyList<string> Hosts { get; }

        public bool IsEmpty => Types.Count + Members.Count + PasswordMembers.Count + Setups.Count + Packages.Count + Hosts.Count == 0;

        /// <summary>The organisation's signatures add to the embedded ones.</summary>
        public SignatureSet Add(SignatureSet other) => new SignatureSet(
            Union(Types, other.Types),
            Union(Members, other.Members),
            Union(PasswordMembers, other.PasswordMembers),
            Union(Setups, other.Setups),
            Union(Packages, other.Packages),
            Union(Hosts, other.Hosts));

        private static IReadOnlyList<string> Union(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
            first.Concat(second).Distinct().ToList();
    }
}
