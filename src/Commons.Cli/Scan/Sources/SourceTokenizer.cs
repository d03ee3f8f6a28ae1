using System;
using System.Collections.Generic;
using static Commons.Cli.Scan.SourceConstructs;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// A light, single-pass tokenizer for the fleet's languages: it finds string literals and comments, nothing more,
    /// in linear time, and never fails (an unterminated literal ends at the end of its line or of the file). It is
    /// what tells a URL in code from a URL in a comment.
    /// </summary>
    internal static class SourceTokenizer
    {
        private static readonly HashSet<string> RegexKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "yield", "await", "instanceof",
        };

        public static TokenizedSource Tokenize(string text, SourceSyntax syntax)
        {
            if (syntax.ScriptBlocksOnly)
            {
                var scripts = ScriptsOnly(text);
                var tokenized = Tokenize(scripts, SourceSyntax.JavaScript);
                return new TokenizedSource(text, tokenized.Code, (List<StringLiteral>)tokenized.Literals);
            }

            var code = text.ToCharArray();
            var literals = new List<StringLiteral>();
            var n = text.Length;
            var i = 0;
            var last = '\0';            // the last significant character of code ('a' for a word or a literal)
            var lastWordAllowsRegex = false;

            if (syntax.HtmlOutsideTags)
            {
                i = SkipHtml(text, code, 0);
            }

            while (i < n)
            {
                var c = text[i];
                var next = i + 1 < n ? text[i + 1] : '\0';

                if (syntax.HtmlOutsideTags && c == '?' && next == '>')
                {
                    i = SkipHtml(text, code, i + 2);
                    last = ';';
                    continue;
                }

                if (syntax.SlashComments && c == '/' && next == '/')
                {
                    i = Blank(code, i, LineEnd(text, i));
                    continue;
                }

                if (syntax.SlashComments && c == '/' && next == '*')
                {
                    var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = Blank(code, i, close < 0 ? n : close + 2);
                    continue;
                }

                if (syntax.HashComments && c == '#' && !(syntax.Heredocs && next == '['))
                {
                    i = Blank(code, i, LineEnd(text, i));
                    continue;
                }

                if (syntax.RubyBlockComments && c == '=' && (i == 0 || text[i - 1] == '\n') && At(text, i, "=begin"))
                {
                    var close = text.IndexOf("\n=end", i, StringComparison.Ordinal);
                    i = Blank(code, i, close < 0 ? n : LineEnd(text, close + 1));
                    continue;
                }

                if (syntax.RegexLiterals && c == '/' && (last == '\0' || "(,=:[!&|?{};+-*%<>~^".IndexOf(last) >= 0 || (last == 'a' && lastWordAllowsRegex)))
                {
                    var end = RegexEnd(text, i);
                    if (end > 0)
                    {
                        Blank(code, i + 1, end);
                        i = end + 1;
                        last = 'a';
                        lastWordAllowsRegex = false;
                        continue;
                    }
                }

                if (syntax.Heredocs && c == '<' && At(text, i, "<<<"))
                {
                    var end = Heredoc(text, i, literals);
                    if (end > 0)
                    {
                        Blank(code, literals[literals.Count - 1].Start, literals[literals.Count - 1].Start + literals[literals.Count - 1].Length);
                        i = end;
                        last = 'a';
                        continue;
                    }
                }

                if (c == '"' || c == '\'' || (c == '`' && syntax.Backticks))
                {
                    var triple = ((c == '"' && syntax.TripleDoubleQuotes) || (c == '\'' && syntax.TripleSingleQuotes)) && At(text, i, new string(c, 3));
                    int start, end, after;
                    if (triple)
                    {
                        start = i + 3;
                        end = TripleEnd(text, start, c);
                        after = Math.Min(n, end + 3);
                        if (syntax.Docstrings && (last == '\0' || last == ':') && OnlySpaceBefore(text, i))
                        {
                            i = Blank(code, i, after); // a docstring documents: prose, like a comment
                            continue;
                        }
                    }
                    else
                    {
                        var escapes = !(c == '`' && !syntax.BacktickEscapes);
                        var multiline = c == '`' || syntax.MultilineQuotes;
                        start = i + 1;
                        end = start;
                        while (end < n)
                        {
                            var ch = text[end];
                            if (escapes && ch == '\\')
                            {
                                end += 2;
                                continue;
                            }

                            if (c == '`' && syntax.RegexLiterals && ch == '$' && end + 1 < n && text[end + 1] == '{')
                            {
                                end = SkipPlaceholder(text, end + 2, 0); // ${…} may hold strings and templates of its own
                                continue;
                            }

                            if (ch == c || (ch == '\n' && !multiline))
                            {
                                break;
                            }

                            end++;
                        }

                        end = Math.Min(end, n);
                        after = end < n && text[end] == c ? end + 1 : end;
                    }

                    literals.Add(new StringLiteral(i, start, end - start));
                    Blank(code, start, end);
                    i = after;
                    last = 'a';
                    lastWordAllowsRegex = false;
                    continue;
                }

                if (char.IsLetter(c) || c == '_' || c == '$')
                {
                    var end = i + 1;
                    while (end < n && (char.IsLetterOrDigit(text[end]) || text[end] == '_' || text[end] == '$'))
                    {
                        end++;
                    }

                    lastWordAllowsRegex = syntax.RegexLiterals && RegexKeywords.Contains(text.Substring(i, end - i));
                    last = 'a';
                    i = end;
                    continue;
                }

                if (!char.IsWhiteSpace(c))
                {
                    last = c;
                    lastWordAllowsRegex = false;
                }

                i++;
            }

            return new TokenizedSource(text, new string(code), literals);
        }
    }
}
