using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;

namespace Commons.Cli.Output
{
    /// <summary>
    /// SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure DevOps) ingest: one run,
    /// the tool with every rule and its help link, one result per finding with a 1-based region.
    /// </summary>
    internal static class SarifReportWriter
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        private const int FlushBytes = 64 * 1024;

        public static void Write(CheckReport report, TextWriter writer) => Write(report.Findings, report.Culture, writer, brickRules: false, report.Audits.Count > 0 ? report.AuditFindings.ToList() : null);

        /// <summary>
        /// <paramref name="brickRules"/>: also describe the analyzers' per-brick rules (CN1001…, from the catalog),
        /// which <c>commons scan</c> reports on code, configuration and packages.
        /// </summary>
        /// <paramref name="audit"/>: the integrity audit's items (<c>--audit</c>), with the audit rules CN0951–CN0956.
        public static void Write(IEnumerable<Finding> findings, CultureInfo culture, TextWriter writer, bool brickRules, IReadOnlyList<(Audit.AuditItem Item, Finding Finding)>? audit = null)
        {
            var rules = RecordRules.All
                .Select(r => (r.Id, Title: r.Title(culture), r.HelpUri, Level: Level(r.DefaultSeverity)))
                .Concat(brickRules
                    ? BrickCatalog.Embedded.Bricks.Where(b => b.DiagnosticId.Length > 0).Select(b => (Id: b.DiagnosticId, Title: b.Name.In(culture), HelpUri: HelpLinks.For(b.DiagnosticId), Level: "warning"))
                    : Enumerable.Empty<(string Id, string Title, string HelpUri, string Level)>())
                .Concat(audit != null && audit.Count > 0
                    ? Audit.AuditRules.Every.Select(kind => (Id: Audit.AuditRules.IdOf(kind), Title: Audit.AuditRules.Title(kind, culture), HelpUri: HelpLinks.For(Audit.AuditRules.IdOf(kind)), Level: "warning"))
                    : Enumerable.Empty<(string Id, string Title, string HelpUri, string Level)>())
                .ToList();
            var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < rules.Count; i++)
            {
                ruleIndex[rules[i].Id] = i;
            }

            // Written as it goes (flushed every so often), not built whole in memory: a fleet can have hundreds of thousands of results.
            using (var stream = new TextWriterStream(writer))
            {
                using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    json.WriteStartObject();
                    json.WriteString("$schema", SchemaUri);
                    json.WriteString("version", "2.1.0");
                    json.WriteStartArray("runs");
                    json.WriteStartObject();

                    json.WriteStartObject("tool");
                    json.WriteStartObject("driver");
                    json.WriteString("name", CheckReport.ToolName);
                    json.WriteString("version", CheckReport.ToolVersion);
                    json.WriteString("semanticVersion", CheckReport.ToolVersion);
                    json.WriteString("informationUri", HelpLinks.BaseUri);
                    json.WriteStartArray("rules");
                    foreach (var rule in rules)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", rule.Id);
                        json.WriteStartObject("shortDescription");
                        json.WriteString("text", rule.Title);
                        json.WriteEndObject();
                        json.WriteString("helpUri", rule.HelpUri);
                        json.WriteStartObject("defaultConfiguration");
                        json.WriteString("level", rule.Level);
                        json.WriteEndObject();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteEndObject();

                    json.WriteString("language", culture.TwoLetterISOLanguageName);
                    json.WriteStartArray("results");
                    foreach (var finding in findings)
                    {
                        WriteResult(json, ruleIndex, finding.Id, Level(finding.Severity), finding.Message, finding.FilePath ?? "commons-decision.yml", finding.Line, finding.Column);
                        json.WriteEndObject();
                        if (json.BytesPending > FlushBytes)
                        {
                            json.Flush();
                        }
                    }

                    foreach (var (item, finding) in audit ?? new List<(Audit.AuditItem Item, Finding Finding)>())
                    {
                        // Justified weakenings are notes, unjustified ones warnings: a pipeline gates on the latter.
                        WriteResult(json, ruleIndex, item.Id, item.Justified ? "note" : "warning", finding.Message, finding.FilePath ?? item.File, item.Line, item.Column);
                        json.WriteStartObject("properties");
                        json.WriteBoolean("justified", item.Justified);
                        json.WriteString("justification", item.Justification);
                        json.WriteEndObject();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

            }

            writer.WriteLine();
        }

        /// <summary>Writes one result up to its location, leaving the object open for extra properties.</summary>
        private static void WriteResult(Utf8JsonWriter json, IReadOnlyDictionary<string, int> ruleIndex, string ruleId, string level, string message, string path, int line, int column)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", ruleId);
            if (ruleIndex.TryGetValue(ruleId, out var index))
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", level);
            json.WriteStartObject("message");
            json.WriteString("text", message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ToUri(path));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteNumber("startColumn", column);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        private static string Level(FindingSeverity severity) => severity == FindingSeverity.Error ? "error" : "warning";

        /// <summary>
        /// The artifact's URI (RFC 3986): a relative path stays a relative reference with forward slashes, so results map
        /// onto the repository; an absolute one becomes a file URI. Every character outside a path segment's own is
        /// percent-encoded (UTF-8): a control character, a space, a backslash of a Linux file name (<c>%5C</c>, not a
        /// separator), a colon in the first segment (which would read as a scheme).
        /// </summary>
        internal static string ToUri(string path)
        {
            var forward = Engine.Text.DisplayPath.WithForwardSlashes(path);
            if (Path.IsPathRooted(path))
            {
                return "file://" + (forward.StartsWith("/", StringComparison.Ordinal) ? string.Empty : "/") + Encode(forward, colonInFirstSegment: true);
            }

            return Encode(forward.StartsWith("./", StringComparison.Ordinal) ? forward.Substring(2) : forward, colonInFirstSegment: false);
        }

        private static string Encode(string path, bool colonInFirstSegment)
        {
            var uri = new StringBuilder(path.Length);
            var firstSegment = true;
            foreach (var b in Encoding.UTF8.GetBytes(path))
            {
                var c = (char)b;
                firstSegment &= c != '/';
                if (IsSegmentCharacter(c) || c == '/' || (c == ':' && (colonInFirstSegment || !firstSegment)))
                {
                    uri.Append(c);
                }
                else
                {
                    uri.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }

            return uri.ToString();
        }

        /// <summary>RFC 3986's pchar without the colon: unreserved, sub-delims and <c>@</c>.</summary>
        private static bool IsSegmentCharacter(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=@".IndexOf(c) >= 0;
    }
}
