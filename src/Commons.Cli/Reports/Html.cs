using System.Net;

namespace Commons.Cli.Reports
{
    /// <summary>HTML escaping for text and attributes: everything from a repository (names, messages, paths) is data.</summary>
    public static class Html
    {
        public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
    }
}
