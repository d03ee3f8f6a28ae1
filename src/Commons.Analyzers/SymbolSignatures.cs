using System;
using System.Collections.Generic;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;

namespace Commons.Analyzers
{
    internal enum MemberKind
    {
        /// <summary>Calling it is a reimplementation.</summary>
        Call,

        /// <summary>Calling it on a password is (key derivation for other purposes is not).</summary>
        PasswordCall,

        /// <summary>It configures an identity provider; a brick host inside names the brick.</summary>
        Setup,
    }

    internal sealed class MemberSignature
    {
        public MemberSignature(SignatureOwner owner, MemberKind kind)
        {
            Owner = owner;
            Kind = kind;
        }

        public SignatureOwner Owner { get; }

        public MemberKind Kind { get; }
    }

    /// <summary>
    /// The catalog's type and member signatures resolved to this compilation's symbols, once per compilation.
    /// Signatures of libraries the project does not reference resolve to nothing and cost nothing afterwards.
    /// </summary>
    internal sealed class SymbolSignatures
    {
        private readonly Dictionary<INamedTypeSymbol, SignatureOwner> _types = new Dictionary<INamedTypeSymbol, SignatureOwner>(SymbolEqualityComparer.Default);
        private readonly List<(string[] Parts, SignatureOwner Owner)> _namespaces = new List<(string[], SignatureOwner)>();
        private readonly Dictionary<INamedTypeSymbol, Dictionary<string, MemberSignature>> _members =
            new Dictionary<INamedTypeSymbol, Dictionary<string, MemberSignature>>(SymbolEqualityComparer.Default);

        public bool HasTypes => _types.Count > 0 || _namespaces.Count > 0;

        public bool HasMembers => _members.Count > 0;

        public bool IsEmpty => !HasTypes && !HasMembers;

        /// <summary>Types and members (calls, password calls) of every brick and group.</summary>
        public static SymbolSignatures ResolveUsages(Compilation compilation, BrickReporter reporter)
        {
            var result = new SymbolSignatures();
            foreach (var (signatures, owner) in Sets(reporter))
            {
                foreach (var type in signatures.Types)
                {
                    result.AddType(compilation, type, owner);
                }

                result.AddMembers(compilation, signatures.Members, owner, MemberKind.Call);
                result.AddMembers(compilation, signatures.PasswordMembers, owner, MemberKind.PasswordCall);
            }

            return result;
        }

        /// <summary>Identity provider setups of every brick and group.</summary>
        public static SymbolSignatures ResolveSetups(Compilation compilation, BrickReporter reporter)
        {
            var result = new SymbolSignatures();
            foreach (var (signatures, owner) in Sets(reporter))
            {
                result.AddMembers(compilation, signatures.Setups, owner, MemberKind.Setup);
            }

            return result;
        }

        public SignatureOwner? FindType(ITypeSymbol? type)
        {
            if (!(type is INamedTypeSymbol named))
            {
                return null;
            }

            if (_types.Count > 0 && _types.TryGetValue(named.OriginalDefinition, out var owner))
            {
                return owner;
            }

            foreach (var (parts, nsOwner) in _namespaces)
            {
                if (IsInNamespace(named.ContainingNamespace, parts))
                {
                    return nsOwner;
                }
            }

            return null;
        }

        public MemberSignature? FindMember(IMethodSymbol method)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            if (definition.ContainingType != null
                && _members.TryGetValue(definition.ContainingType.OriginalDefinition, out var byName)
                && byName.TryGetValue(definition.Name, out var signature))
            {
                return signature;
            }

            return null;
        }

        private static IEnumerable<(SignatureSet, SignatureOwner)> Sets(BrickReporter reporter)
        {
            foreach (var owner in reporter.Owners.Values)
            {
                yield return (owner.Bricks[0].Signatures, owner);
            }

            foreach (var group in reporter.Groups)
            {
                yield return group;
            }
        }

        private void AddType(Compilation compilation, string pattern, SignatureOwner owner)
        {
            if (SymbolNames.IsNamespacePattern(pattern))
            {
                var parts = SymbolNames.NamespaceOf(pattern).Split('.');
                if (NamespaceExists(compilation.GlobalNamespace, parts))
                {
                    _namespaces.Add((parts, owner));
                }

                return;
            }

            // Every assembly's type of that name: some share one (two IdentityServiceCollectionExtensions).
            foreach (var type in compilation.GetTypesByMetadataName(SymbolNames.ToMetadataName(pattern)))
            {
                if (!_types.ContainsKey(type))
                {
                    _types.Add(type, owner);
                }
            }
        }

        private void AddMembers(Compilation compilation, IReadOnlyList<string> members, SignatureOwner owner, MemberKind kind)
        {
            foreach (var member in members)
            {
                var (typeName, memberName) = SymbolNames.SplitMember(member);
                foreach (var type in compilation.GetTypesByMetadataName(SymbolNames.ToMetadataName(typeName)))
                {
                    if (!_members.TryGetValue(type, out var byName))
                    {
                        byName = new Dictionary<string, MemberSignature>(StringComparer.Ordinal);
                        _members.Add(type, byName);
                    }

                    if (!byName.ContainsKey(memberName))
                    {
                        byName.Add(memberName, new MemberSignature(owner, kind));
                    }
                }
            }
        }

        private static bool NamespaceExists(INamespaceSymbol global, string[] parts)
        {
            var current = global;
            foreach (var part in parts)
            {
                INamespaceSymbol? next = null;
                foreach (var child in current.GetNamespaceMembers())
                {
                    if (child.Name == part)
                    {
                        next = child;
                        break;
                    }
                }

                if (next == null)
                {
                    return false;
                }

                current = next;
            }

            return true;
        }

        /// <summary>Is the namespace <paramref name="parts"/> or below it? Compares names, without allocating.</summary>
        private static bool IsInNamespace(INamespaceSymbol? ns, string[] parts)
        {
            var depth = 0;
            for (var n = ns; n != null && !n.IsGlobalNamespace; n = n.ContainingNamespace)
            {
                depth++;
            }

            var current = ns;
            for (; depth > parts.Length; depth--)
            {
                current = current!.ContainingNamespace;
            }

            if (depth != parts.Length)
            {
                return false;
            }

            for (var i = parts.Length - 1; i >= 0; i--)
            {
                if (current!.Name != parts[i])
                {
                    return false;
                }

                current = current.ContainingNamespace;
            }

            return true;
        }
    }
}
