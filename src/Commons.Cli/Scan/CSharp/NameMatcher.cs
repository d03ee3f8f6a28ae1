using System;
using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The fallback where a type does not resolve (a repository never restored): the name as written, qualified by
    /// each namespace the file imports, compared with the catalog's types and members. Lower confidence than a symbol,
    /// so every such finding says it is a name match. A whole-namespace signature (<c>IdentityServer4.*</c>) matches a
    /// <c>using</c> of that namespace that does not resolve.
    /// </summary>
    internal sealed class NameMatcher
    {
        private readonly ScanContext _context;
        private readonly Dictionary<string, IReadOnlyList<string>> _types = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<string>> _members = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        private readonly List<(string Namespace, IReadOnlyList<string> Bricks)> _namespaces = new List<(string, IReadOnlyList<string>)>();

        // The last identifier of each catalog type and member: a name written otherwise is no candidate, and most names
        // of a file are rejected on it before any candidate string is built.
        private readonly HashSet<string> _typeIdentifiers = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _memberIdentifiers = new HashSet<string>(StringComparer.Ordinal);

        public NameMatcher(ScanContext context)
        {
            _context = context;
            foreach (var (bricks, signatures) in context.Verdicts.Owners())
            {
                foreach (var type in signatures.Types)
                {
                    if (SymbolNames.IsNamespacePattern(type))
                    {
                        _namespaces.Add((SymbolNames.NamespaceOf(type), bricks));
                    }
                    else
                    {
                        _types[SymbolNames.ToMetadataName(type)] = bricks;
                        _typeIdentifiers.Add(Identifier(SymbolNames.ToMetadataName(type)));
                    }
                }

                foreach (var member in signatures.Members)
                {
                    var (type, name) = SymbolNames.SplitMember(member);
                    _members[SymbolNames.ToMetadataName(type) + "." + name] = bricks;
                    _memberIdentifiers.Add(name);
                }
            }
        }

        /// <summary>The namespaces every file imports: the compilation's global usings (without alias).</summary>
        public static IReadOnlyList<string> GlobalUsings(Compilation compilation) =>
            compilation.SyntaxTrees
                .SelectMany(t => t.GetCompilationUnitRoot().Usings)
                .Where(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && u.Alias == null && u.Name != null)
                .Select(u => u.Name!.ToString())
                .Distinct()
                .ToList();

        /// <param name="model">The tree's semantic model: the one the analyzers bound, so its bodies are bound once.</param>
        public List<Finding> FindIn(SemanticModel model, IReadOnlyList<string> globalUsings) =>
            FindInTree(model, model.SyntaxTree, globalUsings).ToList();

        private IEnumerable<Finding> FindInTree(SemanticModel model, SyntaxTree tree, IReadOnlyList<string> globalUsings)
        {
            var root = tree.GetCompilationUnitRoot();
            var reported = new HashSet<int>();
            foreach (var directive in root.DescendantNodes().OfType<UsingDirectiveSyntax>().Where(u => u.Alias == null && u.Name != null && u.StaticKeyword.IsKind(SyntaxKind.None)))
            {
                var name = directive.Name!.ToString();
                var owner = _namespaces.FirstOrDefault(n => name == n.Namespace || name.StartsWith(n.Namespace + ".", StringComparison.Ordinal));
                if (owner.Bricks != null && model.GetSymbolInfo(directive.Name!).Symbol == null)
                {
                    var finding = Report(owner.Bricks, "using " + name, directive.Name!);
                    if (finding != null)
                    {
                        yield return finding;
                    }
                }
            }

            foreach (var node in root.DescendantNodes())
            {
                string? written = null;
                SyntaxNode? at = null;
                bool member = false;
                switch (node)
                {
                    case MemberAccessExpressionSyntax access when access.Parent is InvocationExpressionSyntax && access.Expression is NameSyntax target
                        && (_memberIdentifiers.Contains(access.Name.Identifier.ValueText) || _typeIdentifiers.Contains(RightmostIdentifier(target))):
                        written = Written(target) + "." + access.Name.Identifier.ValueText;
                        at = access;
                        member = true;
                        break;
                    case NameSyntax name when _typeIdentifiers.Contains(RightmostIdentifier(name)) && IsTypePosition(name):
                        written = Written(name);
                        at = name;
                        break;
                }

                if (written == null || at == null || !reported.Add(at.SpanStart))
                {
                    continue;
                }

                // The catalog first, the semantic model only for a name it holds: asking the model binds the name's whole
                // member body, and almost no name is the catalog's.
                var match = Match(written, at, member, globalUsings);
                if (match.Bricks != null && !Resolves(model, member ? ((MemberAccessExpressionSyntax)at).Expression : at))
                {
                    var finding = Report(match.Bricks, match.What, at);
                    if (finding != null)
                    {
                        yield return finding;
                    }
                }
            }
        }

        /// <summary>
        /// The catalog entry a name as written stands for, qualified by the file's namespaces: a type, or for a call a
        /// member, else (a static call on a signature type, <c>StorageClient.Create()</c>, as the analyzers report it once
        /// resolved) the call's target type.
        /// </summary>
        private (IReadOnlyList<string>? Bricks, string What) Match(string written, SyntaxNode at, bool member, IReadOnlyList<string> globalUsings)
        {
            var table = member ? _members : _types;
            foreach (var candidate in Candidates(written, at, globalUsings))
            {
                if (table.TryGetValue(candidate, out var bricks))
                {
                    return (bricks, candidate);
                }
            }

            if (member)
            {
                var access = (MemberAccessExpressionSyntax)at;
                foreach (var candidate in Candidates(Written((NameSyntax)access.Expression), at, globalUsings))
                {
                    if (_types.TryGetValue(candidate, out var bricks))
                    {
                        return (bricks, candidate + "." + access.Name.Identifier.ValueText);
                    }
                }
            }

            return (null, string.Empty);
        }

        /// <summary>Where a name stands for a type: created, declared, inherited, injected, a generic argument.</summary>
        private static bool IsTypePosition(NameSyntax name) =>
            !(name.Parent is QualifiedNameSyntax) && !(name.Parent is UsingDirectiveSyntax) && !(name.Parent is NamespaceDeclarationSyntax) && !(name.Parent is FileScopedNamespaceDeclarationSyntax)
            && (name.Parent is ObjectCreationExpressionSyntax
                || name.Parent is VariableDeclarationSyntax
                || name.Parent is ParameterSyntax
                || name.Parent is PropertyDeclarationSyntax
                || name.Parent is SimpleBaseTypeSyntax
                || name.Parent is TypeArgumentListSyntax
                || name.Parent is NullableTypeSyntax);

        private static bool Resolves(SemanticModel model, SyntaxNode node)
        {
            var info = model.GetSymbolInfo(node);
            return info.Symbol != null || info.CandidateSymbols.Length > 0;
        }

        /// <summary>The identifier a name ends with, without its type arguments: <c>SmtpClient</c> of <c>Mail.SmtpClient</c>.</summary>
        private static string RightmostIdentifier(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };

        /// <summary>A metadata name's last identifier, without its arity: <c>UserManager</c> of <c>Microsoft.AspNetCore.Identity.UserManager`1</c>.</summary>
        private static string Identifier(string metadataName)
        {
            var last = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
            var tick = last.IndexOf('`');
            return tick < 0 ? last : last.Substring(0, tick);
        }

        /// <summary>The name as metadata would spell it: <c>UserManager&lt;AppUser&gt;</c> is <c>UserManager`1</c>.</summary>
        private static string Written(NameSyntax name) => name switch
        {
            GenericNameSyntax generic => generic.Identifier.ValueText + "`" + generic.TypeArgumentList.Arguments.Count,
            QualifiedNameSyntax qualified => Written(qualified.Left) + "." + Written(qualified.Right),
            AliasQualifiedNameSyntax alias => Written(alias.Name),
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => name.ToString(),
        };

        /// <summary>The name itself, then prefixed by each imported and each enclosing namespace.</summary>
        private static IEnumerable<string> Candidates(string written, SyntaxNode at, IReadOnlyList<string> globalUsings)
        {
            yield return written;
            foreach (var ns in at.Ancestors().OfType<BaseNamespaceDeclarationSyntax>())
            {
                yield return ns.Name + "." + written;
                foreach (var u in ns.Usings.Where(u => u.Alias == null && u.Name != null))
                {
                    yield return u.Name + "." + written;
                }
            }

            var unit = at.SyntaxTree.GetCompilationUnitRoot();
            foreach (var u in unit.Usings.Where(u => u.Alias == null && u.Name != null))
            {
                yield return u.Name + "." + written;
            }

            foreach (var u in globalUsings)
            {
                yield return u + "." + written;
            }
        }

        private Finding? Report(IReadOnlyList<string> bricks, string what, SyntaxNode at)
        {
            var span = at.GetLocation().GetLineSpan();
            return _context.Verdicts.Report(
                bricks,
                _context.Verdicts.Found("Found_Name", what),
                _context.Repository.Display(at.SyntaxTree.FilePath),
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                nameMatch: true);
        }
    }
}
