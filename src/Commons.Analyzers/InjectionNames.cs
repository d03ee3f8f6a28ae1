using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Commons.Analyzers
{
    /// <summary>
    /// Which types may inject a signature type (a field, property or parameter of one), read from their declarations'
    /// syntax before any member symbol is asked for. A member's type is written with the type's own simple name,
    /// qualified or not (<c>SmtpClient</c>, <c>MailKit.Net.Smtp.SmtpClient</c>, <c>global::…</c>, <c>SmtpClient?</c>),
    /// or with an alias. So a type none of whose member declarations names a candidate below cannot have a member of
    /// a signature type, and <see cref="BrickTypeUsageCallbacks"/> skips building its members' symbols (most of the
    /// type callback's cost: a public symbol for every member, parameter and annotated type, docs/performance.md).
    /// The candidates, built once per compilation:
    /// <list type="bullet">
    /// <item>the catalog's type names;</item>
    /// <item>the names of every type, nested ones included, in the namespaces of the catalog's namespace patterns
    /// (<c>Amazon.S3.Model.*</c>) that exist in this compilation: a namespace the compilation does not have holds no type;</item>
    /// <item>every global alias name (<c>global using Mailer = MailKit.Net.Smtp.SmtpClient;</c>), from the compiler's import
    /// scopes.</item>
    /// </list>
    /// A type whose file declares an alias of its own (rare) is left to the symbols. No file but the type's own is read:
    /// in the IDE, a file's syntax may have to be parsed again to be read.
    /// Whatever the filter lets through is decided by the symbols, as before; it only turns away what cannot match.
    /// </summary>
    internal sealed class InjectionNames
    {
        private readonly HashSet<string> _names;

        private InjectionNames(HashSet<string> names)
        {
            _names = names;
        }

        public static InjectionNames For(Compilation compilation, SymbolSignatures signatures, CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(signatures.TypeNames, StringComparer.Ordinal);
            foreach (var parts in signatures.NamespacePatterns)
            {
                var ns = FindNamespace(compilation.GlobalNamespace, parts);
                if (ns != null)
                {
                    AddTypeNames(ns, names);
                }
            }

            // Global aliases (global using Mailer = …;), wherever they are declared: the import scopes of any position
            // include the compilation's global usings (a symbol action has no semantic model of its own: one is asked for,
            // once). The compiler has bound them already; no other file is read.
            var anyTree = compilation.SyntaxTrees.FirstOrDefault();
            if (anyTree != null)
            {
                foreach (var scope in compilation.GetSemanticModel(anyTree).GetImportScopes(0, cancellationToken))
                {
                    foreach (var alias in scope.Aliases)
                    {
                        names.Add(alias.Name);
                    }
                }
            }

            return new InjectionNames(names);
        }

        /// <summary>
        /// Does a member of <paramref name="type"/> (field, property, indexer, method or constructor parameter, primary
        /// constructor parameter), in any of its declarations, name a candidate type? True as well when a declaration
        /// cannot be read, so that the symbols decide.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public bool MayInject(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var references = type.DeclaringSyntaxReferences;
            if (references.IsEmpty)
            {
                return true;
            }

            foreach (var reference in references)
            {
                if (!(reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration) || SeesFileAlias(declaration))
                {
                    return true; // not a class, struct, interface or record, or an alias may rename a type: the symbols decide
                }

                if (Names(declaration.ParameterList)) // a record's or a class's primary constructor
                {
                    return true;
                }

                foreach (var member in declaration.Members)
                {
                    if (Names(member))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        [MethodImpl(HotPath.Optimized)]
        private bool Names(MemberDeclarationSyntax member)
        {
            switch (member)
            {
                case FieldDeclarationSyntax field:
                    return Names(field.Declaration.Type);
                case BasePropertyDeclarationSyntax property when !(property is EventDeclarationSyntax):
                    return Names(property.Type);
                case BaseMethodDeclarationSyntax method:
                    return Names(method.ParameterList);
                default:
                    return false; // events, nested types (their own callback), enum members
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private bool Names(ParameterListSyntax? parameters)
        {
            if (parameters == null)
            {
                return false;
            }

            foreach (var parameter in parameters.Parameters)
            {
                if (parameter.Type != null && Names(parameter.Type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Does the written type name a candidate? Its simple name is what counts: generic arguments do not (a
        /// <c>List&lt;SmtpClient&gt;</c> is not a signature type), and arrays, pointers, tuples and keywords are never one.
        /// A kind of type syntax this does not know answers true.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private bool Names(TypeSyntax type)
        {
            while (true)
            {
                switch (type)
                {
                    case SimpleNameSyntax simple: // IdentifierName, GenericName
                        return _names.Contains(simple.Identifier.ValueText);
                    case QualifiedNameSyntax qualified:
                        type = qualified.Right;
                        continue;
                    case AliasQualifiedNameSyntax aliased:
                        type = aliased.Name;
                        continue;
                    case NullableTypeSyntax nullable:
                        type = nullable.ElementType;
                        continue;
                    case RefTypeSyntax reference:
                        type = reference.Type;
                        continue;
                    case PredefinedTypeSyntax _:
                    case ArrayTypeSyntax _:
                    case PointerTypeSyntax _:
                    case FunctionPointerTypeSyntax _:
                    case TupleTypeSyntax _:
                        return false;
                    default:
                        return true;
                }
            }
        }

        private static INamespaceSymbol? FindNamespace(INamespaceSymbol global, string[] parts)
        {
            INamespaceSymbol? current = global;
            foreach (var part in parts)
            {
                INamespaceSymbol? next = null;
                foreach (var member in current.GetMembers(part))
                {
                    if (member is INamespaceSymbol ns)
                    {
                        next = ns;
                        break;
                    }
                }

                if (next == null)
                {
                    return null;
                }

                current = next;
            }

            return current;
        }

        private static void AddTypeNames(INamespaceSymbol ns, HashSet<string> names)
        {
            foreach (var type in ns.GetTypeMembers())
            {
                AddTypeNames(type, names);
            }

            foreach (var inner in ns.GetNamespaceMembers())
            {
                AddTypeNames(inner, names);
            }
        }

        private static void AddTypeNames(INamedTypeSymbol type, HashSet<string> names)
        {
            names.Add(type.Name);
            foreach (var nested in type.GetTypeMembers())
            {
                AddTypeNames(nested, names);
            }
        }

        /// <summary>
        /// Is an alias declared in the declaration's file, at its top or in an enclosing namespace? Rare; the symbols then
        /// decide for the whole type. Read from the declaration's own ancestors: no other file is read.
        /// </summary>
        private static bool SeesFileAlias(SyntaxNode declaration)
        {
            for (var node = declaration.Parent; node != null; node = node.Parent)
            {
                var usings = node is BaseNamespaceDeclarationSyntax ns ? ns.Usings
                    : node is CompilationUnitSyntax root ? root.Usings
                    : default;
                foreach (var directive in usings)
                {
                    if (directive.Alias != null)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
