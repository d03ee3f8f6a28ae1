using System;
using System.Text.RegularExpressions;
using Commons.Engine.Findings;
using Commons.Engine.Policy;

namespace Commons.Engine.Record
{
    /// <summary>
    /// The record's JSON schema (rules/commons-decision.schema.json, embedded), for editors' completion: published at
    /// <see cref="HelpLinks.SchemaUri"/>, or copied beside the record where editors have no internet.
    /// </summary>
    public static class RecordSchema
    {
        /// <summary>The name of the local copy that <c>commons init --schema-local</c> writes beside the record.</summary>
        public const string LocalFileName = "commons-decision.schema.json";

        private static readonly Lazy<string> Text = new Lazy<string>(() =>
            // The $id follows the one publishing setting, so an in-house mirror's schema names its own address.
            Regex.Replace(EmbeddedRules.ReadText(LocalFileName), "(\"\\$id\"\\s*:\\s*\")[^\"]*(\")", m => m.Groups[1].Value + HelpLinks.SchemaUri + m.Groups[2].Value));

        public static string Json => Text.Value;

        /// <summary>The first line of a record: tells the YAML language server (VS Code, JetBrains…) which schema completes it.</summary>
        public static string Modeline(string schemaReference) => "# yaml-language-server: $schema=" + schemaReference;

        /// <summary>The modeline pointing at the published schema.</summary>
        public static string PublishedModeline => Modeline(HelpLinks.SchemaUri);

        /// <summary>The modeline pointing at the local copy beside the record (resolved relative to the record).</summary>
        public static string LocalModeline => Modeline("./" + LocalFileName);

        /// <summary>
        /// Whether <c>commons init</c> writes the local copy when not told: yes unless the organisation serves the schema
        /// (CommonsSchemaPublished), since an address the editor cannot fetch (no network, an internal mirror, not yet
        /// published) leaves it checking nothing.
        /// </summary>
        public static bool LocalByDefault => !HelpLinks.SchemaServed;
    }
}
