using System.Net;
using System.Text.RegularExpressions;

namespace Commons.Cli.Reports
{
    /// <summary>HTML escaping for text and attributes: everything from a repository (names, messages, paths) is data.</summary>
    public static class Html
    {
        /// <summary>A separator with text after it: a folder's trailing slash needs no break opportunity.</summary>
        private static readonly Regex SeparatorWithMore = new Regex(@"[/\\](?=.)", RegexOptions.CultureInvariant);

        public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

        /// <summary>
        /// A path, encoded, that a narrow column wraps after its separators rather than mid-word: a <c>&lt;wbr&gt;</c>
        /// after each <c>/</c> and <c>\</c> (the style sheet breaks a word only when one segment alone is too long).
        /// </summary>
        public static string EncodePath(string? path) => SeparatorWithMore.Replace(Encode(path), "$0<wbr>");
    }
}
