using System;
using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Cheap string keys before semantic analysis, as BannedApiAnalyzers does with symbol names: a file whose text holds
    /// none of the catalog's names as a whole identifier (a type's or member's last name, a setup's method, a
    /// namespace's first segment: <see cref="IdentifierKeys"/>) nor, whatever the case, any host's longest run of labels
    /// without a wildcard cannot hold a finding, so it is never analysed (<see cref="TreeSelection"/>). Every analyzer
    /// signature is written in the file that uses it (a type, a call, a literal); the one way a name reaches a file
    /// unwritten, a <c>global using</c> of a catalog namespace or an alias of a catalog type, turns the filter off for
    /// the repository. Inside an analysed file, the same reasoning picks the blocks worth binding (<see cref="BlocksOf"/>).
    /// </summary>
    internal sealed class CSharpPrefilter
    {
        private readonly HashSet<string> _nameSet;
        private readonly IdentifierKeys _identifiers;
        private readonly string[] _blockNames;
        private readonly string[] _namespaces;
        private readonly string[] _hostLabels;
        private readonly object _lock = new object();
        private string[]? _namespaceTypeNames;

        /// <param name="names">The file keys: types' and members' last names, catalog namespaces' first segments.</param>
        /// <param name="namespaces">The catalog's whole-namespace signatures (<c>OpenIddict.Server</c> for <c>OpenIddict.Server.*</c>).</param>
        /// <param name="hostLabels">Each host's longest run of labels without a wildcard.</param>
        private CSharpPrefilter(IEnumerable<string> names, IEnumerable<string> namespaces, IEnumerable<string> hostLabels)
        {
            var fileNames = names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            _nameSet = new HashSet<string>(fileNames, StringComparer.Ordinal);
            _identifiers = new IdentifierKeys(fileNames);
            _namespaces = namespaces.Distinct(StringComparer.Ordinal).ToArray();
            // In a block, a catalog namespace's type is written with its whole namespace, or brought by a using (then
            // every block is bound): the namespace itself is the key, not its first segment (OpenIddict.EntityFrameworkCore
            // is not OpenIddict.Server).
            var firstSegments = new HashSet<string>(_namespaces.Select(n => n.Split('.')[0]), StringComparer.Ordinal);
            _blockNames = fileNames.Where(n => !firstSegments.Contains(n)).Concat(_namespaces).Distinct(StringComparer.Ordinal).ToArray();
            _hostLabels = hostLabels.Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        }

        public static CSharpPrefilter For(ScanContext context)
        {
            var names = new List<string>();
            var namespaces = new List<string>();
            var labels = new List<string>();
            foreach (var (_, signatures) in context.Verdicts.Owners())
            {
                foreach (var type in signatures.Types)
                {
                    if (SymbolNames.IsNamespacePattern(type))
                    {
                        namespaces.Add(SymbolNames.NamespaceOf(type));
                        names.Add(SymbolNames.NamespaceOf(type).Split('.')[0]);
                    }
                    else
                    {
                        names.Add(LastName(type));
                    }
                }

                foreach (var member in signatures.Members.Concat(signatures.PasswordMembers).Concat(signatures.Setups))
                {
                    var (type, name) = SymbolNames.SplitMember(member);
                    names.Add(name == ".ctor" ? LastName(type) : name);
                }
            }

            foreach (var brick in context.Catalog.Bricks)
            {
                foreach (var host in brick.Signatures.Hosts)
                {
                    labels.Add(LongestExactRun(host.Split('/')[0]));
                }
            }

            return new CSharpPrefilter(names, namespaces, labels);
        }

        public bool MayHold(string text)
        {
            if (_identifiers.AnyIn(text))
            {
                return true;
            }

            foreach (var label in _hostLabels)
            {
                if (text.IndexOf(label, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A <c>global using</c> (or alias) of a catalog namespace or type: it brings the name to files that do not write
        /// it, so the filter cannot tell them apart and every file is analysed. Asked only of files that write one.
        /// </summary>
        /// <param name="text">The source's text, as the caller already holds it.</param>
        public bool BringsNameToEveryFile(CSharpSource source, string text) =>
            text.IndexOf("global using", StringComparison.Ordinal) >= 0
            && CSharpSyntaxTree.ParseText(source.Text, CSharpCompilationFactory.ParseOptions).GetCompilationUnitRoot().Usings
                .Where(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && u.Name != null)
                .Any(u => MayHold(u.Name!.ToString()));

        /// <summary>
        /// Which blocks of a selected file are worth binding (<see cref="KeyedBlocks"/>): those whose text holds a key
        /// (a type's or member's name, a catalog namespace, a host, a target-typed <c>new()</c>); every block of a type
        /// deriving, directly or through other types, from one whose name is a key (its inherited members are called
        /// unwritten: <c>GetChangeEmailTokenPurpose(…)</c> in a <c>UserManager</c>'s subclass); in a file declared in a
        /// catalog namespace, the blocks naming one of that namespace's types; and every block of the file when a
        /// <c>using</c> directive holds a key (an alias, a <c>using static</c>, a catalog namespace: names then reach
        /// its blocks unwritten) or a global using brought one to every file.
        /// </summary>
        public KeyedBlocks BlocksOf(SyntaxTree tree, SemanticModel model, bool everyFile)
        {
            var root = tree.GetCompilationUnitRoot();
            var namespaces = root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>().ToList();
            if (everyFile || root.Usings.Concat(namespaces.SelectMany(n => n.Usings)).Any(u => MayHold(u.ToString())))
            {
                return KeyedBlocks.Every;
            }

            var text = tree.GetText().ToString();
            var positions = new List<int>();
            foreach (var name in _blockNames)
            {
                AddPositions(text, name, StringComparison.Ordinal, positions);
            }

            foreach (var label in _hostLabels)
            {
                AddPositions(text, label, StringComparison.OrdinalIgnoreCase, positions);
            }

            // A target-typed `new()` creates the type its target declares, maybe in another block (a field's).
            AddPositions(text, "new(", StringComparison.Ordinal, positions);
            AddPositions(text, "new (", StringComparison.Ordinal, positions);

            // Code declared inside a catalog namespace (the brick's own library) names its types without a using.
            if (namespaces.Any(n => InCatalogNamespace(n.Name.ToString())))
            {
                foreach (var name in NamespaceTypeNames(model.Compilation))
                {
                    AddPositions(text, name, StringComparison.Ordinal, positions);
                }
            }

            return new KeyedBlocks(positions, DerivedFromKey(root, model));
        }

        /// <summary>A namespace inside a catalog one, or one of its parents (whose code can reach it by a partial name).</summary>
        private bool InCatalogNamespace(string declared) =>
            _namespaces.Any(n => declared == n || declared.StartsWith(n + ".", StringComparison.Ordinal) || n.StartsWith(declared + ".", StringComparison.Ordinal));

        /// <summary>The names of the compilation's types (source and references) in the catalog's namespaces, once per compilation.</summary>
        private string[] NamespaceTypeNames(Compilation compilation)
        {
            lock (_lock)
            {
                if (_namespaceTypeNames == null)
                {
                    var names = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var ns in _namespaces)
                    {
                        var symbol = ns.Split('.').Aggregate((INamespaceSymbol?)compilation.GlobalNamespace, (parent, part) => parent?.GetNamespaceMembers().FirstOrDefault(m => m.Name == part));
                        if (symbol != null)
                        {
                            AddTypeNames(symbol, names);
                        }
                    }

                    _namespaceTypeNames = names.ToArray();
                }

                return _namespaceTypeNames;
            }
        }

        private static void AddTypeNames(INamespaceOrTypeSymbol container, HashSet<string> names)
        {
            foreach (var member in container.GetMembers())
            {
                if (member is INamedTypeSymbol type)
                {
                    names.Add(type.Name);
                }

                if (member is INamespaceOrTypeSymbol inner)
                {
                    AddTypeNames(inner, names);
                }
            }
        }

        /// <summary>The spans of the file's types that have a base type named by a key, however far up.</summary>
        private List<TextSpan> DerivedFromKey(CompilationUnitSyntax root, SemanticModel model)
        {
            var spans = new List<TextSpan>();
            foreach (var declaration in root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax || n is TypeDeclarationSyntax).OfType<TypeDeclarationSyntax>())
            {
                if (declaration.BaseList == null || !(model.GetDeclaredSymbol(declaration) is INamedTypeSymbol type))
                {
                    continue;
                }

                for (var baseType = type.BaseType; baseType != null; baseType = baseType.BaseType)
                {
                    if (_nameSet.Contains(baseType.Name) || InCatalogNamespaceProper(baseType.ContainingNamespace?.ToDisplayString()))
                    {
                        spans.Add(declaration.Span);
                        break;
                    }
                }
            }

            return spans;
        }

        /// <summary>A namespace that is a catalog namespace or inside one (<c>OpenIddict.Server.Events</c>, not <c>OpenIddict.Core</c>).</summary>
        private bool InCatalogNamespaceProper(string? ns) =>
            ns != null && _namespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal));

        private static void AddPositions(string text, string key, StringComparison comparison, List<int> positions)
        {
            for (var at = text.IndexOf(key, comparison); at >= 0; at = text.IndexOf(key, at + 1, comparison))
            {
                positions.Add(at);
            }
        }

        /// <summary>
        /// The longest run of the host's labels without a wildcard, dots included (<c>s3.amazonaws.com</c> for
        /// <c>*.s3.amazonaws.com</c>, <c>amazonaws.com</c> for <c>s3.*.amazonaws.com</c>): the matcher compares labels
        /// one by one between dots, so every host it finds holds that run as written, whatever the case. A whole run
        /// rather than one label: <c>cloud</c> or <c>windows</c> alone stand in many files that name no host.
        /// </summary>
        private static string LongestExactRun(string host)
        {
            var best = string.Empty;
            foreach (var run in host.Split(new[] { '*' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var trimmed = run.Trim('.');
                if (trimmed.Length > best.Length)
                {
                    best = trimmed;
                }
            }

            return best.Length > 0 ? best : host;
        }

        private static string LastName(string type)
        {
            var generic = type.IndexOf('<');
            var plain = generic < 0 ? type : type.Substring(0, generic);
            return plain.Substring(plain.LastIndexOf('.') + 1);
        }
    }
}
