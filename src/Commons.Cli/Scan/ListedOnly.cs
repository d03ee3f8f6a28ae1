using System;
using System.Linq;
using Commons.Engine.Catalog;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// A host that is only listed, not used: a Content-Security-Policy directive, a CORS or proxy allow-list, a list of
    /// known domains. Such a list lets the browser or the proxy reach the service; the code that calls it, if any, is
    /// elsewhere and is reported there. Recognised by the name the list is given (its key, the variable or the call it
    /// is passed to), case and separators ignored.
    /// </summary>
    internal static class ListedOnly
    {
        private static readonly string[] ListingNames =
        {
            "contentsecuritypolicy", "connectsrc", "scriptsrc", "framesrc", "imgsrc", "defaultsrc", "stylesrc", "mediasrc",
            "fontsrc", "childsrc", "workersrc", "formaction", "frameancestors", "whitelist", "allowlist", "allowedhosts",
            "allowedorigins", "alloworigins", "corsorigins", "trustedhosts", "trustedorigins", "knowndomains", "noproxy",
        };

        /// <summary>Does a configuration key's path name a list of allowed or known hosts?</summary>
        public static bool IsListingKey(string key) => key.Length > 0 && NamesListing(key);

        /// <summary>Does a piece of code (a line, a variable's name) name a list of allowed or known hosts?</summary>
        public static bool NamesListing(string text)
        {
            var normalised = SettingKey.Join(text);
            return ListingNames.Any(n => normalised.IndexOf(n, StringComparison.Ordinal) >= 0);
        }
    }
}
