using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Commons.Cli.Reports
{
    /// <summary>
    /// Writes a <see cref="FleetReport"/> as the serializer would (the same bytes as <see cref="FleetReport.ToJson"/>),
    /// but piece by piece: every list of findings is written one finding at a time as its source reads it, flushed as it
    /// goes, so a merged fleet's findings are never all in memory. The rest goes through the serializer's own contract
    /// (property names, order, what is left out when null), so the two cannot drift apart.
    /// </summary>
    internal static class FleetJsonWriter
    {
        private const int FlushBytes = 64 * 1024;

        public static void Write(FleetReport report, JsonSerializerOptions options, TextWriter writer)
        {
            using (var stream = new Output.TextWriterStream(writer))
            {
                using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = options.WriteIndented, Encoder = options.Encoder }))
                {
                    WriteObject(json, report, report, options);
                }
            }

            writer.WriteLine();
        }

        /// <summary>
        /// One object (the report, a repository), property by property in the serializer's order. Repositories are
        /// written the same way; a list of findings is streamed, a repository's read from the report's source.
        /// </summary>
        private static void WriteObject(Utf8JsonWriter json, object value, FleetReport report, JsonSerializerOptions options)
        {
            json.WriteStartObject();
            foreach (var property in options.GetTypeInfo(value.GetType()).Properties)
            {
                var item = property.Get?.Invoke(value);
                if (property.Get == null || (item == null && options.DefaultIgnoreCondition == JsonIgnoreCondition.WhenWritingNull) || (property.ShouldSerialize != null && !property.ShouldSerialize(value, item)))
                {
                    continue;
                }

                json.WritePropertyName(property.Name);
                switch (item)
                {
                    case IEnumerable<RepositoryReport> repositories:
                        json.WriteStartArray();
                        foreach (var repository in repositories)
                        {
                            WriteObject(json, repository, report, options);
                        }

                        json.WriteEndArray();
                        break;
                    case IEnumerable<FindingEntry> findings:
                        WriteFindings(json, value is RepositoryReport owner ? report.FindingsOf(owner) : findings, options);
                        break;
                    default:
                        JsonSerializer.Serialize(json, item, options.GetTypeInfo(property.PropertyType)); // the declared type's contract, as the serializer would
                        break;
                }
            }

            json.WriteEndObject();
        }

        private static void WriteFindings(Utf8JsonWriter json, IEnumerable<FindingEntry> findings, JsonSerializerOptions options)
        {
            var info = (JsonTypeInfo<FindingEntry>)options.GetTypeInfo(typeof(FindingEntry));
            json.WriteStartArray();
            foreach (var finding in findings)
            {
                JsonSerializer.Serialize(json, finding, info);
                if (json.BytesPending > FlushBytes)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
        }
    }
}
