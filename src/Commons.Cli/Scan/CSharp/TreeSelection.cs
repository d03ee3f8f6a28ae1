using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Which C# files the scan parses, compiles and analyses. With the pre-filter: the files whose text holds a key are
    /// analysed (<see cref="CSharpPrefilter"/>); the compilation holds them, the files that write a <c>global using</c>,
    /// and the files declaring what they use: a type or extension method they name (<see cref="DeclaredNames"/>), then,
    /// from each file so added, what its declarations name (bases, members' types), until nothing new is named. The
    /// other files are read once, to learn what they declare, and never parsed: on a large repository most of the
    /// scan's parsing and memory. Without the pre-filter (<c>--full-binding</c>), every file is parsed and analysed.
    /// </summary>
    internal sealed class TreeSelection
    {
        private TreeSelection(int sources, IReadOnlyList<SyntaxTree> analysed, IReadOnlyList<SyntaxTree> compiled, bool everyFile)
        {
            Sources = sources;
            Analysed = analysed;
            Compiled = compiled;
            EveryFile = everyFile;
        }

        /// <summary>True when every file is analysed whole: no pre-filter, or a global using that brings a catalog name.</summary>
        public bool EveryFile { get; }

        /// <summary>How many C# files could be read.</summary>
        public int Sources { get; }

        /// <summary>The trees whose code is analysed.</summary>
        public IReadOnlyList<SyntaxTree> Analysed { get; }

        /// <summary>
        /// The analysed trees and those that declare what they use: the compilation's trees, in the repository's order
        /// (a partial type's first declaration, where it is reported, is the first in that order).
        /// </summary>
        public IReadOnlyList<SyntaxTree> Compiled { get; }

        /// <param name="prefilter">Null to parse and analyse every file (<c>--full-binding</c>).</param>
        public static TreeSelection Choose(CSharpSources sources, CSharpPrefilter? prefilter)
        {
            var kept = new List<CSharpSource>();
            var globalUsings = new List<CSharpSource>();
            var others = new List<(string Path, HashSet<string> Declares)>();
            var count = 0;
            var everyFile = prefilter == null;
            foreach (var source in sources.ReadAll())
            {
                count++;
                var text = source.Text.ToString();
                if (everyFile || prefilter!.MayHold(text))
                {
                    kept.Add(source);
                }
                else if (text.IndexOf("global using", StringComparison.Ordinal) >= 0)
                {
                    globalUsings.Add(source);
                }
                else
                {
                    others.Add((source.Path, DeclaredNames.Of(text)));
                }

                everyFile = everyFile || prefilter!.BringsNameToEveryFile(source, text);
            }

            if (everyFile && prefilter != null)
            {
                // A global using brought a catalog name everywhere: every file is analysed, the set aside ones read again.
                kept.AddRange(globalUsings);
                kept.AddRange(others.Select(o => sources.ReadAgain(o.Path)).Where(s => s != null).Select(s => s!));
                globalUsings.Clear();
                others.Clear();
            }

            var analysed = Parse(kept);
            var compiled = analysed.Concat(Parse(globalUsings)).Concat(Declarations(analysed, others, sources)).ToList();
            var order = sources.Order;
            compiled.Sort((a, b) => order[a.FilePath].CompareTo(order[b.FilePath]));
            return new TreeSelection(count, analysed, compiled, everyFile);
        }

        /// <summary>The set-aside files that declare a name the analysed trees use, and transitively what those declare with.</summary>
        private static List<SyntaxTree> Declarations(IReadOnlyList<SyntaxTree> analysed, List<(string Path, HashSet<string> Declares)> others, CSharpSources sources)
        {
            var declaring = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < others.Count; i++)
            {
                foreach (var name in others[i].Declares)
                {
                    if (!declaring.TryGetValue(name, out var files))
                    {
                        declaring[name] = files = new List<int>();
                    }

                    files.Add(i);
                }
            }

            var named = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Queue<string>();
            foreach (var tree in analysed)
            {
                Name(tree.GetRoot().DescendantTokens(), named, pending);
            }

            var added = new List<SyntaxTree>();
            var taken = new bool[others.Count];
            while (pending.Count > 0)
            {
                var wanted = new List<CSharpSource>();
                while (pending.Count > 0)
                {
                    if (declaring.TryGetValue(pending.Dequeue(), out var files))
                    {
                        foreach (var file in files.Where(f => !taken[f]))
                        {
                            taken[file] = true;
                            if (sources.ReadAgain(others[file].Path) is CSharpSource source)
                            {
                                wanted.Add(source);
                            }
                        }
                    }
                }

                foreach (var tree in Parse(wanted))
                {
                    added.Add(tree);
                    // What its declarations name (bases, members' and parameters' types), not its bodies.
                    Name(tree.GetRoot().DescendantTokens(n => !(n is BlockSyntax) && !(n is ArrowExpressionClauseSyntax) && !(n is EqualsValueClauseSyntax)), named, pending);
                }
            }

            return added;
        }

        private static void Name(IEnumerable<SyntaxToken> tokens, HashSet<string> named, Queue<string> pending)
        {
            foreach (var token in tokens)
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && named.Add(token.ValueText))
                {
                    pending.Enqueue(token.ValueText);
                }
            }
        }

        private static SyntaxTree[] Parse(IReadOnlyList<CSharpSource> sources)
        {
            var trees = new SyntaxTree[sources.Count];
            Parallel.For(0, sources.Count, i => trees[i] = CSharpSyntaxTree.ParseText(sources[i].Text, CSharpCompilationFactory.ParseOptions, sources[i].Path));
            return trees;
        }
    }
}
