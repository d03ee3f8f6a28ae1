using System.Collections.Generic;
using System.Linq;

namespace Commons.Engine.Catalog
{
    /// <summary>What code that reimplements a brick looks like. Each list is data: adding an entry needs no code.</summary>
    public sealed class SignatureSet
    {
        // Declared before Empty: static fields initialise in order, and Empty's constructor reads this one.
        private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoEcosystems = new Dictionary<string, IReadOnlyList<string>>();

        public static readonly SignatureSet Empty = new SignatureSet(
            new string[0], new string[0], new string[0], new string[0], new string[0], new string[0]);

        public SignatureSet(
            IReadOnlyList<string> types,
            IReadOnlyList<string> members,
            IReadOnlyList<string> passwordMembers,
            IReadOnlyList<string> setups,
            IReadOnlyList<string> packages,
            IReadOnlyList<string> hosts)
            : this(types, members, passwordMembers, setups, packages, hosts, NoEcosystems, new string[0])
        {
        }

        /// <param name="ecosystems">Package names of the other ecosystems, by <see cref="PackageEcosystems"/> key (npm, pypi…).</param>
        /// <param name="imports">Modules of a language whose import (or call) is the brick: <c>python:smtplib</c>, <c>php:mail()</c>.</param>
        public SignatureSet(
            IReadOnlyList<string> types,
            IReadOnlyList<string> members,
            IReadOnlyList<string> passwordMembers,
            IReadOnlyList<string> setups,
            IReadOnlyList<string> packages,
            IReadOnlyList<string> hosts,
            IReadOnlyDictionary<string, IReadOnlyList<string>> ecosystems,
            IReadOnlyList<string> imports,
            IReadOnlyList<string>? settings = null)
        {
            Settings = settings ?? new string[0];
            Ecosystems = ecosystems;
            Imports = imports;
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

        /// <summary>Package names of the fleet's other ecosystems (npm, pypi, composer, maven, rubygems); NuGet ids are <see cref="Packages"/>.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Ecosystems { get; }

        /// <summary>Imports or calls of a language's own modules, as <c>language:module</c> (see <see cref="ImportSignature"/>).</summary>
        public IReadOnlyList<string> Imports { get; }

        /// <summary>Sets of configuration keys that configure the brick's service (see <see cref="SettingSignature"/>): reported as indirect evidence.</summary>
        public IReadOnlyList<string> Settings { get; }

        public bool IsEmpty => Types.Count + Members.Count + PasswordMembers.Count + Setups.Count + Packages.Count + Hosts.Count
            + Imports.Count + Settings.Count + Ecosystems.Values.Sum(v => v.Count) == 0;

        /// <summary>The package names of one ecosystem: NuGet's are <see cref="Packages"/>, the others come from their own key.</summary>
        public IReadOnlyList<string> PackagesOf(string ecosystem) =>
            ecosystem == PackageEcosystems.NuGet ? Packages
            : Ecosystems.TryGetValue(ecosystem, out var names) ? names : new string[0];

        /// <summary>The organisation's signatures add to the embedded ones.</summary>
        public SignatureSet Add(SignatureSet other) => new SignatureSet(
            Union(Types, other.Types),
            Union(Members, other.Members),
            Union(PasswordMembers, other.PasswordMembers),
            Union(Setups, other.Setups),
            Union(Packages, other.Packages),
            Union(Hosts, other.Hosts),
            PackageEcosystems.Others.ToDictionary(e => e, e => Union(PackagesOf(e), other.PackagesOf(e))),
            Union(Imports, other.Imports),
            Union(Settings, other.Settings));

        private static IReadOnlyList<string> Union(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
            first.Concat(second).Distinct().ToList();
    }
}
