using System;
using System.Collections.Generic;

namespace Commons.Cli.Scan
{
    /// <summary>A string literal of a source file: where its content starts and how long it is.</summary>
    internal readonly struct StringLiteral
    {
        public StringLiteral(int quote, int start, int length)
        {
            Quote = quote;
            Start = start;
            Length = length;
        }

        /// <summary>The offset of the opening quote (or heredoc marker).</summary>
        public int Quote { get; }

        public int Start { get; }

        public int Length { get; }
    }

    /// <summary>A source file as the tokenizer left it: its literals, and its code with comments and literal contents blanked.</summary>
    internal sealed class TokenizedSource
    {
        private readonly Dictionary<int, StringLiteral> _byQuote = new Dictionary<int, StringLiteral>();

        public TokenizedSource(string text, string code, List<StringLiteral> literals)
        {
            Text = text;
            Code = code;
            Literals = literals;
            foreach (var literal in literals)
            {
                _byQuote[literal.Quote] = literal;
            }
        }

        public string Text { get; }

        /// <summary>The text with comments and the contents of literals turned into spaces (quotes and line breaks kept): keywords found here are code.</summary>
        public string Code { get; }

        public IReadOnlyList<StringLiteral> Literals { get; }

        /// <summary>The literal whose opening quote is at <paramref name="quote"/>, if any.</summary>
        public bool TryLiteralAt(int quote, out StringLiteral literal) => _byQuote.TryGetValue(quote, out literal);

        public string ContentOf(StringLiteral literal) => Text.Substring(literal.Start, literal.Length);
    }

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

        /// <summary>The text with everything outside &lt;script&gt;…&lt;/script&gt; blanked (offsets and lines kept).</summary>
        private static string ScriptsOnly(string text)
        {
            var result = text.ToCharArray();
            var position = 0;
            while (position < text.Length)
            {
                var open = text.IndexOf("<script", position, StringComparison.OrdinalIgnoreCase);
                var bodyStart = open < 0 ? -1 : text.IndexOf('>', open);
                if (bodyStart < 0)
                {
                    Blank(result, position, text.Length);
                    break;
                }

                Blank(result, position, bodyStart + 1);
                var close = text.IndexOf("</script", bodyStart, StringComparison.OrdinalIgnoreCase);
                position = close < 0 ? text.Length : close;
            }

            return new string(result);
        }

        /// <summary>Deeper nesting of templates in placeholders is not hand-written: the rest of the file is taken as the template.</summary>
        private const int MaxTemplateDepth = 32;

        /// <summary>The end of a JavaScript template's <c>${…}</c> placeholder opened before <paramref name="from"/>: its braces, strings, nested templates and comments.</summary>
        private static int SkipPlaceholder(string text, int from, int depth)
        {
            if (depth > MaxTemplateDepth)
            {
                return text.Length;
            }

            var braces = 1;
            var i = from;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '{')
                {
                    braces++;
                }
                else if (c == '}' && --braces == 0)
                {
                    return i + 1;
                }
                else if (c == '"' || c == '\'' || c == '`')
                {
                    i = SkipQuoted(text, i, depth + 1);
                    continue;
                }
                else if (c == '/' && i + 1 < text.Length && (text[i + 1] == '/' || text[i + 1] == '*'))
                {
                    var close = text[i + 1] == '/' ? LineEnd(text, i) : text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = close < 0 ? text.Length : close + (text[i + 1] == '/' ? 0 : 2);
                    continue;
                }

                i++;
            }

            return text.Length;
        }

        /// <summary>The end of a JavaScript string or template starting at <paramref name="open"/>, placeholders included.</summary>
        private static int SkipQuoted(string text, int open, int depth)
        {
            var quote = text[open];
            var j = open + 1;
            while (j < text.Length)
            {
                var ch = text[j];
                if (ch == '\\')
                {
                    j += 2;
                }
                else if (ch == quote)
                {
                    return j + 1;
                }
                else if (quote == '`' && ch == '$' && j + 1 < text.Length && text[j + 1] == '{')
                {
                    j = SkipPlaceholder(text, j + 2, depth);
                }
                else if (ch == '\n' && quote != '`')
                {
                    return j;
                }
                else
                {
                    j++;
                }
            }

            return text.Length;
        }

        /// <summary>Blanks HTML up to the next PHP opening tag; returns where the code starts.</summary>
        private static int SkipHtml(string text, char[] code, int from)
        {
            var open = text.IndexOf("<?", from, StringComparison.Ordinal);
            if (open < 0)
            {
                return Blank(code, from, text.Length);
            }

            var start = At(text, open, "<?php") ? open + 5 : At(text, open, "<?=") ? open + 3 : open + 2;
            Blank(code, from, start);
            return start;
        }

        /// <summary>No hand-written regular expression literal is longer: past it, the slash is a division (and the scan stays linear).</summary>
        private const int MaxRegexLength = 512;

        /// <summary>The closing slash of a regular expression literal starting at <paramref name="open"/>, or -1 when it is a division.</summary>
        private static int RegexEnd(string text, int open)
        {
            var inClass = false;
            var limit = Math.Min(text.Length, open + MaxRegexLength);
            for (var j = open + 1; j < limit; j++)
            {
                var ch = text[j];
                if (ch == '\n' || (j == open + 1 && (ch == '/' || ch == '*')))
                {
                    return -1;
                }

                if (ch == '\\')
                {
                    j++;
                }
                else if (ch == '[')
                {
                    inClass = true;
                }
                else if (ch == ']')
                {
                    inClass = false;
                }
                else if (ch == '/' && !inClass)
                {
                    return j;
                }
            }

            return -1;
        }

        /// <summary>A PHP heredoc or nowdoc: its body is a literal; returns the offset after its closing identifier, or -1.</summary>
        private static int Heredoc(string text, int open, List<StringLiteral> literals)
        {
            var j = open + 3;
            while (j < text.Length && (text[j] == ' ' || text[j] == '\t'))
            {
                j++;
            }

            var quote = j < text.Length && (text[j] == '\'' || text[j] == '"') ? text[j] : '\0';
            if (quote != '\0')
            {
                j++;
            }

            var nameStart = j;
            while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '_'))
            {
                j++;
            }

            if (j == nameStart || (quote != '\0' && (j >= text.Length || text[j] != quote)))
            {
                return -1;
            }

            var name = text.Substring(nameStart, j - nameStart);
            var bodyStart = LineEnd(text, j) + 1;
            var line = bodyStart;
            while (line < text.Length)
            {
                var indent = line;
                while (indent < text.Length && (text[indent] == ' ' || text[indent] == '\t'))
                {
                    indent++;
                }

                if (At(text, indent, name) && (indent + name.Length >= text.Length || !(char.IsLetterOrDigit(text[indent + name.Length]) || text[indent + name.Length] == '_')))
                {
                    literals.Add(new StringLiteral(open, bodyStart, Math.Max(0, line - bodyStart)));
                    return indent + name.Length;
                }

                line = LineEnd(text, line) + 1;
            }

            literals.Add(new StringLiteral(open, Math.Min(bodyStart, text.Length), Math.Max(0, text.Length - bodyStart)));
            return text.Length;
        }

        private static int TripleEnd(string text, int start, char quote)
        {
            for (var j = start; j < text.Length; j++)
            {
                if (text[j] == '\\')
                {
                    j++;
                }
                else if (text[j] == quote && At(text, j, new string(quote, 3)))
                {
                    return j;
                }
            }

            return text.Length;
        }

        private static bool OnlySpaceBefore(string text, int index)
        {
            for (var j = index - 1; j >= 0 && text[j] != '\n'; j--)
            {
                if (!char.IsWhiteSpace(text[j]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool At(string text, int index, string value) =>
            index + value.Length <= text.Length && string.CompareOrdinal(text, index, value, 0, value.Length) == 0;

        private static int LineEnd(string text, int from)
        {
            var end = text.IndexOf('\n', Math.Min(from, text.Length));
            return end < 0 ? text.Length : end;
        }

        /// <summary>Turns <c>[from, to)</c> into spaces, keeping line breaks so offsets and lines stay; returns <paramref name="to"/>.</summary>
        private static int Blank(char[] code, int from, int to)
        {
            to = Math.Min(to, code.Length);
            for (var j = from; j < to; j++)
            {
                if (code[j] != '\n' && code[j] != '\r')
                {
                    code[j] = ' ';
                }
            }

            return to;
        }
    }
}
