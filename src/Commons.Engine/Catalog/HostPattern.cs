using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace Commons.Engine.Catalog
{
    /// <summary>
    /// A host with an optional path prefix: <c>api-adresse.data.gouv.fr</c>, <c>data.geopf.fr/geocodage</c>.
    /// A leading <c>*.</c> matches one or more labels (<c>*.dev-franceconnect.fr</c>), a <c>*</c> label elsewhere
    /// exactly one (<c>s3.*.amazonaws.com</c>). Hosts compare case-insensitively, label by label; the path matches
    /// on a segment boundary (<c>/geocodage</c> matches <c>/geocodage/search</c>, not <c>/geocodage2</c>).
    /// </summary>
    public sealed class HostPattern
    {
        private static readonly Regex Shape = new Regex(@"^(\*\.)?([a-z0-9*]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]*[a-z0-9])?(/[^\s?#]*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The longest label a host name can have (RFC 1035): what a <c>*</c> label reads at most.</summary>
        internal const int MaxLabelLength = 63;

        private readonly string[] _labels;

        private HostPattern(string text, string[] labels, bool anySubdomain, string path)
        {
            Text = text;
            _labels = labels;
            AnySubdomain = anySubdomain;
            Path = path;
            MostCharactersRead = text.Length + (labels.Count(l => l == "*") * (MaxLabelLength + 1));
            Specificity = (path.Length * 1000) + (labels.Count(l => l != "*") * 10) - (anySubdomain ? 5 : 0);
        }

        public string Text { get; }

        /// <summary>The top-level label (<c>fr</c>, <c>com</c>): never a wildcard, so a host ending otherwise cannot match.</summary>
        public string LastLabel => _labels[_labels.Length - 1];

        /// <summary>True for <c>*.domain</c>: the domain's subdomains, at any depth.</summary>
        public bool AnySubdomain { get; }

        /// <summary>The path prefix, empty when the whole host is the signature.</summary>
        public string Path { get; }

        /// <summary>Higher for a longer path and more exact labels: the most specific pattern names the brick.</summary>
        public int Specificity { get; }

        public static bool TryParse(string text, out HostPattern? pattern)
        {
            pattern = null;
            var trimmed = text.Trim();
            if (!Shape.IsMatch(trimmed))
            {
                return false;
            }

            var slash = trimmed.IndexOf('/');
            var host = slash < 0 ? trimmed : trimmed.Substring(0, slash);
            var path = slash < 0 ? string.Empty : trimmed.Substring(slash).TrimEnd('/');
            var anySubdomain = host.StartsWith("*.", StringComparison.Ordinal);
            var labels = (anySubdomain ? host.Substring(2) : host).Split('.');
            if (labels.Length < 2 || labels.Any(l => l.Length == 0 || (l.IndexOf('*') >= 0 && l != "*")))
            {
                return false;
            }

            pattern = new HostPattern(trimmed, labels, anySubdomain, path);
            return true;
        }

        /// <summary>The most characters <see cref="Matches"/> reads, whatever the text: the pattern's own length and its wildcards' labels.</summary>
        internal int MostCharactersRead { get; }

        /// <summary>Does the host at <c>text[hostStart, hostStart+hostLength)</c>, followed by the path at <c>text[pathStart, pathStart+pathLength)</c>, match?</summary>
        public bool Matches(string text, int hostStart, int hostLength, int pathStart, int pathLength) =>
            MatchesHost(text, hostStart, hostLength) && MatchesPath(text, pathStart, pathLength);

        private bool MatchesHost(string text, int start, int length)
        {
            var end = start + length;
            for (var i = _labels.Length - 1; i >= 0; i--)
            {
                if (end <= start)
                {
                    return false; // the host has fewer labels than the pattern
                }

                // Only as far back as the label can reach (a DNS label has 63 characters at most): the work is the
                // pattern's length, not the host's, so a megabyte-long host-shaped run costs no more than a short one.
                var label = _labels[i];
                var window = Math.Min(end - start, (label == "*" ? MaxLabelLength : label.Length) + 1);
                var dot = text.LastIndexOf('.', end - 1, window);
                if (dot < 0 && window < end - start)
                {
                    return false; // the host's label is longer than the pattern's
                }

                var labelStart = dot < 0 ? start : dot + 1;
                var labelLength = end - labelStart;
                if (labelLength == 0 || (label != "*" && (labelLength != label.Length || string.Compare(text, labelStart, label, 0, labelLength, StringComparison.OrdinalIgnoreCase) != 0)))
                {
                    return false;
                }

                end = dot < 0 ? start : dot;
            }

            // Exactly consumed, or (for *.domain) at least one more label before it.
            return AnySubdomain ? end > start : end <= start;
        }

        private bool MatchesPath(string text, int start, int length)
        {
            if (Path.Length == 0)
            {
                return true;
            }

            if (length < Path.Length || string.Compare(text, start, Path, 0, Path.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            return length == Path.Length || text[start + Path.Length] == '/' || text[start + Path.Length] == '.';
        }
    }
}
