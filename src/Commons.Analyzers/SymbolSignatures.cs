using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;

namespace Commons.Analyzers
{
    /// <summary>
    /// The catalog's type and member signatures, matched against the symbols the analyzers meet by name: simple name
    /// and arity first (one dictionary lookup, no allocation), then the containing namespaces, compared part by part.
    /// Nothing is looked up in the compilation when it starts: resolving every signature there
    /// (<c>GetTypesByMetadataName</c> across a web application's ~200 reference assemblies, plus the merged global
    /// namespace) was a fixed cost per compilation that dominated small projects (docs/performance.md).
    /// A type matches when it is the catalog's type in any assembly (some share one: two
    /// IdentityServiceCollectionExtensions), as the metadata-name lookup did.
    /// </summary>
    internal sealed class SymbolSignatures
    {
        private readonly Dictionary<string, List<TypeEntry>> _types = new Dictionary<string, List<TypeEntry>>(StringComparer.Ordinal);
        /// <summary>Namespace patterns (<c>Elsa.*</c>) by their outermost name, in catalog order: a type is compared with its own root's only.</summary>
        private readonly Dictionary<string, List<(string[] Parts, SignatureOwner Owner)>> _namespaces =
            new Dictionary<string, List<(string[], SignatureOwner)>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<MemberEntry>> _members = new Dictionary<string, List<MemberEntry>>(StringComparer.Ordinal);
        /// <summary>Every member name of <see cref="_members"/> (<c>Send</c>, <c>.ctor</c>…), to turn most calls away first.</summary>
        private readonly HashSet<string> _memberNames = new HashSet<string>(StringComparer.Ordinal);

        public bool HasTypes => _types.Count > 0 || _namespaces.Count > 0;

        public bool HasMembers => _members.Count > 0;

        public bool IsEmpty => !HasTypes && !HasMembers;

        /// <summary>The simple names of the signature types (<c>SmtpClient</c>, <c>IAmazonS3</c>…).</summary>
        public IEnumerable<string> TypeNames => _types.Keys;

        /// <summary>The namespace patterns' namespaces, part by part (<c>Amazon.S3.Model.*</c>: Amazon, S3, Model).</summary>
        public IEnumerable<string[]> NamespacePatterns => _namespaces.Values.SelectMany(patterns => patterns.Select(p => p.Parts));

        /// <summary>Types and members (calls, password calls) of every brick and group.</summary>
        public static SymbolSignatures IndexUsages(BrickReporter reporter)
        {
            var result = new SymbolSignatures();
            foreach (var (signatures, owner) in Sets(reporter))
            {
                foreach (var type in signatures.Types)
                {
                    result.AddType(type, owner);
                }

                result.AddMembers(signatures.Members, owner, MemberKind.Call);
                result.AddMembers(signatures.PasswordMembers, owner, MemberKind.PasswordCall);
            }

            return result;
        }

        /// <summary>Identity provider setups of every brick and group.</summary>
        public static SymbolSignatures IndexSetups(BrickReporter reporter)
        {
            var result = new SymbolSignatures();
            foreach (var (signatures, owner) in Sets(reporter))
            {
                result.AddMembers(signatures.Setups, owner, MemberKind.Setup);
            }

            return result;
        }

        [MethodImpl(HotPath.Optimized)]
        public SignatureOwner? FindType(ITypeSymbol? type)
        {
            // string, int, DateTime, object, IEnumerable<T>…: most fields, parameters and properties, and never a signature.
            if (!(type is INamedTypeSymbol named) || named.SpecialType != SpecialType.None || named.TypeKind == TypeKind.Error)
            {
                return null;
            }

            var definition = named.OriginalDefinition;
            if (_types.Count > 0 && _types.TryGetValue(definition.Name, out var candidates) && definition.ContainingType == null)
            {
                foreach (var candidate in candidates)
                {
                    if (candidate.Arity == definition.Arity && IsNamespace(definition.ContainingNamespace, candidate.Namespace))
                    {
                        return candidate.Owner;
                    }
                }
            }

            if (_namespaces.Count > 0 && RootOf(definition.ContainingNamespace, out var root, out var depth) && _namespaces.TryGetValue(root, out var patterns))
            {
                foreach (var (parts, nsOwner) in patterns)
                {
                    if (IsInNamespace(definition.ContainingNamespace, depth, parts))
                    {
                        return nsOwner;
                    }
                }
            }

            return null;
        }

        [MethodImpl(HotPath.Optimized)]
        public MemberSignature? FindMember(IMethodSymbol method)
        {
            if (!_memberNames.Contains(method.Name))
            {
                return null; // almost every call: one lookup, before the containing type is asked for
            }

            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            var type = definition.ContainingType?.OriginalDefinition;
            if (type == null || type.ContainingType != null || type.TypeKind == TypeKind.Error || !_members.TryGetValue(type.Name, out var candidates))
            {
                return null;
            }

            foreach (var candidate in candidates)
            {
                if (candidate.Arity == type.Arity && IsNamespace(type.ContainingNamespace, candidate.Namespace))
                {
                    return candidate.ByName.TryGetValue(definition.Name, out var signature) ? signature : null;
                }
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

        /// <summary><c>Ns.Type</c> or <c>Ns.Type&lt;T, U&gt;</c>: the namespace's parts, the simple name and the arity.</summary>
        private static (string[] Namespace, string Name, int Arity) Split(string typeName)
        {
            var metadataName = SymbolNames.ToMetadataName(typeName);
            var tick = metadataName.IndexOf('`');
            var arity = tick < 0 ? 0 : int.Parse(metadataName.Substring(tick + 1), System.Globalization.CultureInfo.InvariantCulture);
            var qualified = tick < 0 ? metadataName : metadataName.Substring(0, tick);
            var dot = qualified.LastIndexOf('.');
            var ns = dot < 0 ? new string[0] : qualified.Substring(0, dot).Split('.');
            return (ns, qualified.Substring(dot + 1), arity);
        }

        private void AddType(string pattern, SignatureOwner owner)
        {
            if (SymbolNames.IsNamespacePattern(pattern))
            {
                var parts = SymbolNames.NamespaceOf(pattern).Split('.');
                if (!_namespaces.TryGetValue(parts[0], out var patterns))
                {
                    patterns = new List<(string[], SignatureOwner)>();
                    _namespaces.Add(parts[0], patterns);
                }

                patterns.Add((parts, owner));
                return;
            }

            var (ns, name, arity) = Split(pattern);
            if (!_types.TryGetValue(name, out var list))
            {
                list = new List<TypeEntry>();
                _types.Add(name, list);
            }

            if (!list.Any(e => e.Arity == arity && e.Namespace.SequenceEqual(ns)))
            {
                list.Add(new TypeEntry(ns, arity, owner)); // the first owner of a type keeps it
            }
        }

        private void AddMembers(IReadOnlyList<string> members, SignatureOwner owner, MemberKind kind)
        {
            foreach (var member in members)
            {
                var (typeName, memberName) = SymbolNames.SplitMember(member);
                var (ns, name, arity) = Split(typeName);
                if (!_members.TryGetValue(name, out var list))
                {
                    list = new List<MemberEntry>();
                    _members.Add(name, list);
                }

                var entry = list.FirstOrDefault(e => e.Arity == arity && e.Namespace.SequenceEqual(ns));
                if (entry == null)
                {
                    entry = new MemberEntry(ns, arity);
                    list.Add(entry);
                }

                _memberNames.Add(memberName);
                if (!entry.ByName.ContainsKey(memberName))
                {
                    entry.ByName.Add(memberName, new MemberSignature(owner, kind));
                }
            }
        }

        /// <summary>Is the namespace exactly <paramref name="parts"/>? Compares names from the innermost, without allocating.</summary>
        [MethodImpl(HotPath.Optimized)]
        private static bool IsNamespace(INamespaceSymbol? ns, string[] parts)
        {
            var current = ns;
            for (var i = parts.Length - 1; i >= 0; i--)
            {
                if (current == null || current.IsGlobalNamespace || current.Name != parts[i])
                {
                    return false;
                }

                current = current.ContainingNamespace;
            }

            return current == null || current.IsGlobalNamespace;
        }

        /// <summary>The outermost name of a namespace and its depth (1 for <c>Elsa</c>); false for the global namespace.</summary>
        [MethodImpl(HotPath.Optimized)]
        private static bool RootOf(INamespaceSymbol? ns, out string root, out int depth)
        {
            root = string.Empty;
            depth = 0;
            for (var n = ns; n != null && !n.IsGlobalNamespace; n = n.ContainingNamespace)
            {
                root = n.Name;
                depth++;
            }

            return depth > 0;
        }

        /// <summary>
        /// Is the namespace, <paramref name="depth"/> deep, <paramref name="parts"/> or below it? Compares names,
        /// without allocating.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private static bool IsInNamespace(INamespaceSymbol? ns, int depth, string[] parts)
        {
            if (depth < parts.Length)
            {
                return false;
            }

            var current = ns;
            for (; depth > parts.Length; depth--)
            {
                current = current!.ContainingNamespace;
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

        private sealed class TypeEntry
        {
            public TypeEntry(string[] ns, int arity, SignatureOwner owner)
            {
                Namespace = ns;
                Arity = arity;
                Owner = owner;
            }

            public string[] Namespace { get; }

            public int Arity { get; }

            public SignatureOwner Owner { get; }
        }

        private sealed class MemberEntry
        {
            public MemberEntry(string[] ns, int arity)
            {
                Namespace = ns;
                Arity = arity;
            }

            public string[] Namespace { get; }

            public int Arity { get; }

            public Dictionary<string, MemberSignature> ByName { get; } = new Dictionary<string, MemberSignature>(StringComparer.Ordinal);
        }
    }
}
