using System;
using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Cheap string keys before semantic analysis, as BannedApiAnalyzers does with symbol names: a file whose text holds
    /// none of the catalog's names (a type's or member's last name, a setup's method, a namespace's first segment) nor
    /// any label of a brick host cannot hold a finding, so its method bodies are never bound. Every analyzer signature
    /// is written in the file that uses it (a type, a call, a literal); the one way a name reaches a file unwritten, a
    /// <c>global using</c> of a catalog namespace or an alias of a catalog type, turns the filter off for the repository.
    /// </summary>
    internal sealed class CSharpPrefilter
    {
        private readonly string[] _names;
        private readonly string[] _hostLabels;

        private CSharpPrefilter(IEnumerable<string> names, IEnumerable<string> hostLabels)
        {
            _names = names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            _hostLabels = hostLabels.Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        }

        public static CSharpPrefilter For(ScanContext context)
        {
            var names = new List<string>();
            var labels = new List<string>();
            foreach (var (_, signatures) in context.Verdicts.Owners())
            {
                foreach (var type in signatures.Types)
                {
                    names.Add(SymbolNames.IsNamespacePattern(type) ? SymbolNames.NamespaceOf(type).Split('.')[0] : LastName(type));
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
                    // The longest exact label: any whole host the matcher finds contains it.
                    var hostPart = host.Split('/')[0];
                    labels.Add(hostPart.Split('.').Where(l => l != "*").OrderByDescending(l => l.Length).FirstOrDefault() ?? hostPart);
                }
            }

            return new CSharpPrefilter(names, labels);
        }

        /// <summary>
        /// The trees worth analysing: every tree when a global using or alias brings a catalog name to files that do not
        /// write it, else those whose text holds a key.
        /// </summary>
        public IReadOnlyList<SyntaxTree> Select(IReadOnlyList<SyntaxTree> trees)
        {
            var texts = trees.Select(t => t.GetText().ToString()).ToList();
            for (var i = 0; i < trees.Count; i++)
            {
                if (texts[i].IndexOf("global using", StringComparison.Ordinal) >= 0 && GlobalUsingBringsName(trees[i]))
                {
                    return trees;
                }
            }

            return trees.Where((t, i) => MayHold(texts[i])).ToList();
        }

        public bool MayHold(string text)
        {
            foreach (var name in _names)
            {
                if (text.IndexOf(name, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
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

        private bool GlobalUsingBringsName(SyntaxTree tree) =>
            tree.GetCompilationUnitRoot().Usings
                .Where(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && u.Name != null)
                .Any(u => MayHold(u.Name!.ToString()));

        private static string LastName(string type)
        {
            var generic = type.IndexOf('<');
            var plain = generic < 0 ? type : type.Substring(0, generic);
            return plain.Substring(plain.LastIndexOf('.') + 1);
        }
    }
}
