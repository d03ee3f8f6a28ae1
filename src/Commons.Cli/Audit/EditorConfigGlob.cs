using System.Text;
using System.Text.RegularExpressions;

namespace Commons.Cli.Audit
{
    /// <summary>
    /// An <c>.editorconfig</c> section name as a matcher of paths relative to the file's folder: <c>*</c> within a
    /// folder, <c>**</c> across folders, <c>?</c>, <c>{a,b}</c> and <c>[…]</c>; a name without <c>/</c> matches in
    /// every folder below, as the EditorConfig specification says.
    /// </summary>
    public static class EditorConfigGlob
    {
        public static Regex ToRegex(string section)
        {
            var glob = section.Trim();
            glob = glob.IndexOf('/') < 0 ? "**/" + glob : glob.TrimStart('/');
            var pattern = new StringBuilder("^");
            var braces = 0;
            for (var i = 0; i < glob.Length; i++)
            {
                var c = glob[i];
                switch (c)
                {
                    case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                        i++;
                        if (i + 1 < glob.Length && glob[i + 1] == '/')
                        {
                            i++;
                            pattern.Append("(.*/)?"); // **/ also matches no folder at all
                        }
                        else
                        {
                            pattern.Append(".*");
                        }

                        break;
                    case '*':
                        pattern.Append("[^/]*");
                        break;
                    case '?':
                        pattern.Append("[^/]");
                        break;
                    case '{':
                        braces++;
                        pattern.Append("(?:");
                        break;
                    case '}' when braces > 0:
                        braces--;
                        pattern.Append(')');
                        break;
                    case ',' when braces > 0:
                        pattern.Append('|');
                        break;
                    case '[':
                        var close = glob.IndexOf(']', i + 1);
                        if (close > i)
                        {
                            pattern.Append('[').Append(glob.Substring(i + 1, close - i - 1).Replace("!", "^").Replace("\\", "\\\\")).Append(']');
                            i = close;
                        }
                        else
                        {
                            pattern.Append("\\[");
                        }

                        break;
                    default:
                        pattern.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            for (; braces > 0; braces--)
            {
                pattern.Append(')'); // an unclosed brace: close it rather than fail on a malformed section name
            }

            return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
        }
    }
}
