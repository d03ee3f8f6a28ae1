using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Commons.Engine.Findings;

namespace Commons.Cli.Output
{
    /// <summary>
    /// The findings as JSON for scripts: <c>{ tool, summary, findings: [{ id, severity, file, line, column, message, helpUri }] }</c>.
    /// </summary>
    internal static class JsonReportWriter
    {
        public static void Write(CheckReport report, TextWriter writer)
        {
            using (var stream = new MemoryStream())
            {
                using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    json.WriteStartObject();
                    json.WriteStartObject("tool");
                    json.WriteString("name", CheckReport.ToolName);
                    json.WriteString("version", CheckReport.ToolVersion);
                    json.WriteEndObject();

                    json.WriteStartObject("summary");
                    json.WriteNumber("files", report.Results.Count);
                    json.WriteNumber("errors", report.ErrorCount);
                    json.WriteNumber("warnings", report.WarningCount);
                    json.WriteEndObject();

                    json.WriteStartArray("files");
                    foreach (var result in report.Results)
                    {
                        json.WriteStartObject();
                        json.WriteString("file", result.FilePath);
                        json.WriteBoolean("valid", !result.HasErrors);
                        json.WriteString("nature", result.Record?.Nature);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();

                    json.WriteStartArray("findings");
                    foreach (var finding in report.Findings)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", finding.Id);
                        json.WriteString("severity", finding.Severity == FindingSeverity.Error ? "error" : "warning");
                        json.WriteString("file", finding.FilePath);
                        json.WriteNumber("line", finding.Line);
                        json.WriteNumber("column", finding.Column);
                        json.WriteString("message", finding.Message);
                        json.WriteString("helpUri", finding.HelpUri);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    if (report.Audits.Count > 0)
                    {
                        // The integrity audit (--audit): every weakening of enforcement, justified or not.
                        json.WriteStartArray("audit");
                        foreach (var (item, finding) in report.AuditFindings)
                        {
                            json.WriteStartObject();
                            json.WriteString("id", item.Id);
                            json.WriteString("kind", item.Kind.ToString());
                            json.WriteString("file", finding.FilePath);
                            json.WriteNumber("line", item.Line);
                            json.WriteNumber("column", item.Column);
                            json.WriteStartArray("rules");
                            foreach (var rule in item.RuleIds)
                            {
                                json.WriteStringValue(rule);
                            }

                            json.WriteEndArray();
                            json.WriteBoolean("justified", item.Justified);
                            json.WriteString("justification", item.Justification);
                            json.WriteString("message", finding.Message);
                            json.WriteString("helpUri", finding.HelpUri);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }

                writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
            }
        }
    }
}
