using System;
using System.Linq;
using System.Reflection;

namespace Commons.Engine.Findings
{
    /// <summary>
    /// Where each rule is documented (<c>docs/rules/ID.md</c>) and where the record's JSON schema is published. Both
    /// addresses are set once, in Directory.Build.props (CommonsRulePagesBaseUri, CommonsSchemaUri), and built into this
    /// assembly; a consuming build may point the help links elsewhere with the CommonsHelpBaseUri property.
    /// </summary>
    public static class HelpLinks
    {
        public static string BaseUri { get; } = Published("CommonsRulePagesBaseUri");

        public static string SchemaUri { get; } = Published("CommonsSchemaUri");

        /// <summary>Whether the schema is served at <see cref="SchemaUri"/> for every editor (CommonsSchemaPublished): then init points records there.</summary>
        public static bool SchemaServed { get; } = string.Equals(Published("CommonsSchemaPublished").Trim(), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The page of the record's format (docs/decision-record.md), which sits beside the rule pages: derived from their
        /// address, so the one publishing setting moves both.
        /// </summary>
        public static string DecisionRecordPage { get; } = new Uri(new Uri(BaseUri), "../decision-record.md").AbsoluteUri;

        /// <summary>The rule's page under <paramref name="baseUri"/>, or under the published base when it is empty.</summary>
        public static string For(string ruleId, string? baseUri = null) =>
            (string.IsNullOrWhiteSpace(baseUri) ? BaseUri : WithSlash(baseUri!.Trim())) + ruleId + ".md";

        /// <summary>An absolute http(s) or file address: what a help link may point at.</summary>
        public static bool IsUsableBase(string? value) =>
            Uri.TryCreate((value ?? string.Empty).Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeFile);

        private static string WithSlash(string value) => value.EndsWith("/", StringComparison.Ordinal) ? value : value + "/";

        private static string Published(string key) =>
            typeof(HelpLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException("The engine was built without the " + key + " setting of Directory.Build.props.");
    }
}
