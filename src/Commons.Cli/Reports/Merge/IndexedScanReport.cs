using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Commons.Cli.Reports.Merge
{
    /// <summary>
    /// One report of <c>scan --format json</c> read once through for <c>report merge</c>: its header, and each repository
    /// without its findings (counted on the way, their place in the file kept). It accepts and refuses exactly what
    /// <see cref="FleetReport.FromJson(Stream)"/> does, the findings checked one by one as they pass.
    /// </summary>
    internal sealed class IndexedScanReport
    {
        private IndexedScanReport(string file)
        {
            File = file;
        }

        public string File { get; }

        public string Version { get; private set; } = string.Empty;

        public string Date { get; private set; } = string.Empty;

        public List<IndexedRepository> Repositories { get; private set; } = new List<IndexedRepository>();

        /// <exception cref="NotAScanReportException">Not a report of <c>commons scan --format json</c> of this format.</exception>
        /// <exception cref="IOException">The file could not be read.</exception>
        public static IndexedScanReport Read(string file)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (!stream.CanSeek)
            {
                throw new NotAScanReportException("Merge_NotAFile"); // a pipe cannot be read a second time
            }

            var report = new IndexedScanReport(file);
            try
            {
                return report.ReadFrom(new StreamingJsonReader(stream), stream.Length);
            }
            catch (JsonException)
            {
                throw new NotAScanReportException("Merge_NotAScanReport");
            }
            catch (InvalidOperationException)
            {
                throw new NotAScanReportException("Merge_NotAScanReport"); // a value of the wrong kind deep inside
            }
        }

        private IndexedScanReport ReadFrom(StreamingJsonReader reader, long length)
        {
            var types = FleetReport.Json;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new NotAScanReportException("Merge_NotAScanReport");
            }

            JsonElement? format = null;
            string? tool = null;
            List<IndexedRepository>? repositories = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // The serializer's rules: exact names, the last of a name repeated wins, the other properties ignored.
                switch (reader.PropertyName)
                {
                    case "format": format = reader.ReadValue(types.NullableJsonElement); break;
                    case "tool": tool = reader.ReadValue(types.String); break;
                    case "version": Version = reader.ReadValue(types.String) ?? string.Empty; break;
                    case "date": Date = reader.ReadValue(types.String) ?? string.Empty; break;
                    case "repositories": repositories = ReadRepositories(reader, length); break;
                    default: reader.Skip(); break;
                }
            }

            if (reader.Read())
            {
                throw new JsonException("Only white space may follow the report.");
            }

            if (tool != "commons" || repositories == null)
            {
                throw new NotAScanReportException("Merge_NotAScanReport");
            }

            if (!(format is { ValueKind: JsonValueKind.Number } number) || !number.TryGetInt32(out var value) || value != FleetReport.CurrentFormat)
            {
                throw new NotAScanReportException("Merge_OtherFormat");
            }

            Repositories = repositories;
            return this;
        }

        private List<IndexedRepository>? ReadRepositories(StreamingJsonReader reader, long length)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            Expect(reader, JsonTokenType.StartArray);
            var repositories = new List<IndexedRepository>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.Null)
                {
                    Expect(reader, JsonTokenType.StartObject);
                    repositories.Add(ReadRepository(reader, length));
                }
            }

            return repositories;
        }

        /// <summary>
        /// The repository's properties but its findings go to the serializer as one small object (a repository without
        /// findings); the findings are read one by one, counted and checked, and their place in the file kept.
        /// </summary>
        private IndexedRepository ReadRepository(StreamingJsonReader reader, long length)
        {
            var header = new ArrayBufferWriter<byte>();
            var findings = new FindingTally();
            long start = -1, end = -1;
            using (var json = new Utf8JsonWriter(header))
            {
                json.WriteStartObject();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.PropertyName == "findings")
                    {
                        (findings, start, end) = ReadFindings(reader);
                    }
                    else
                    {
                        json.WritePropertyName(reader.PropertyName!);
                        reader.ReadValue(FleetReport.Json.JsonElement).WriteTo(json);
                    }
                }

                json.WriteEndObject();
            }

            var repository = JsonSerializer.Deserialize(header.WrittenSpan, FleetReport.Json.RepositoryReport)!.WithoutNulls();
            return new IndexedRepository(repository, findings, File, length, start, end - start);
        }

        private static (FindingTally Findings, long Start, long End) ReadFindings(StreamingJsonReader reader)
        {
            var tally = new FindingTally();
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return (tally, -1, -1);
            }

            Expect(reader, JsonTokenType.StartArray);
            var start = reader.TokenStart;
            while (reader.TryReadElement(FleetReport.Json.FindingEntry, out var finding))
            {
                if (finding != null)
                {
                    tally.Add(finding.WithoutNulls());
                }
            }

            return (tally, start, reader.Position);
        }

        /// <summary>A value of another kind where the serializer would have refused it.</summary>
        private static void Expect(StreamingJsonReader reader, JsonTokenType type)
        {
            if (reader.TokenType != type)
            {
                throw new JsonException("Expected " + type + ", found " + reader.TokenType + ".");
            }
        }
    }
}
