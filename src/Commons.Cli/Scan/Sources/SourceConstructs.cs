using System;
using System.Collections.Generic;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// Where each construct <see cref="SourceTokenizer"/> steps over ends: quoted strings and template placeholders,
    /// heredocs, triple-quoted strings, regular expression literals, HTML outside scripts. Each returns the offset past
    /// the construct (or the end of its line or file when it is not closed), so the tokenizer stays linear and never fails.
    /// </summary>
    internal static class SourceConstructs
    {
        /// <summary>The text with everything outside &lt;script&gt;…&lt;/script&gt; blanked (offsets and lines kept).</summary>
        internal static string ScriptsOnly(string text)
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
        internal const int MaxTemplateDepth = 32;

        /// <summary>The end of a JavaScript template's <c>${…}</c> placeholder opened before <paramref name="from"/>: its braces, strings, nested templates and comments.</summary>
        internal static int SkipPlaceholder(string text, int from, int depth)
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
        internal static int SkipQuoted(string text, int open, int depth)
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
        internal static int SkipHtml(string text, char[] code, int from)
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
        internal const int MaxRegexLength = 512;

        /// <summary>The closing slash of a regular expression literal starting at <paramref name="open"/>, or -1 when it is a division.</summary>
        internal static int RegexEnd(string text, int open)
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
        internal static int Heredoc(string text, int open, List<StringLiteral> literals)
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

        internal static int TripleEnd(string text, int start, char quote)
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

        internal static bool OnlySpaceBefore(string text, int index)
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

        internal static bool At(string text, int index, string value) =>
            index + value.Length <= text.Length && string.CompareOrdinal(text, index, value, 0, value.Length) == 0;

        internal static int LineEnd(string text, int from)
        {
            var end = text.IndexOf('\n', Math.Min(from, text.Length));
            return end < 0 ? text.Length : end;
        }

        /// <summary>Turns <c>[from, to)</c> into spaces, keeping line breaks so offsets and lines stay; returns <paramref name="to"/>.</summary>
        internal static int Blank(char[] code, int from, int to)
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
