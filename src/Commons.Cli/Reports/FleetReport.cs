using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Commons.Engine.Findings;

namespace Commons.Cli.Reports
{
    /// <summary>
    /// A scan of one or more repositories, as data: what <c>scan --format json</c> writes, what <c>report merge</c>
    /// reads back (one JSON per CI job), and what the HTML and CSV reports are drawn from.
    /// </summary>
    public sealed class FleetReport
    {
        public const int CurrentFormat = 1;

        public int Format { get; set; } = CurrentFormat;

        public string Tool { get; set; } = "commons";

        public string Version { get; set; } = string.Empty;

        /// <summary>The day the scan read expiry dates against (yyyy-MM-dd).</summary>
        public string Date { get; set; } = string.Empty;

        public string Language { get; set; } = "fr";

        public FleetSummary Summary => new FleetSummary(this);

        public List<RepositoryReport> Repositories { get; set; } = new List<RepositoryReport>();

        /// <summary>Every finding, repository after repository, read from <see cref="FindingSource"/> as it is enumerated.</summary>
        public IEnumerable<FindingEntry> Findings => Repositories.SelectMany(FindingsOf);

        /// <summary>Where the findings are read: each repository's own list, or for a merge its report file.</summary>
        internal IFleetFindings FindingSource { get; set; } = HeldFindings.Instance;

        internal IEnumerable<FindingEntry> FindingsOf(RepositoryReport repository) => FindingSource.Of(repository);

        internal FindingTally TallyOf(RepositoryReport repository) => FindingSource.TallyOf(repository);

        /// <summary>
        /// The report's types as the serializer reads and writes them, generated at build time (no reflection, so the
        /// native build writes them too); its contract is also read by <see cref="FleetJsonWriter"/>.
        /// </summary>
        internal static readonly FleetJsonContext Json = new FleetJsonContext(new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        });

        /// <summary>The serializer's text of a report whose findings are held (a scan's); <see cref="WriteJson"/> writes the same.</summary>
        public string ToJson() => JsonSerializer.Serialize(this, Json.FleetReport);

        /// <summary>
        /// Writes <see cref="ToJson"/>'s text to <paramref name="writer"/> piece by piece, the findings read one at a time
        /// from <see cref="FindingSource"/>: a fleet's report can be hundreds of megabytes, its findings too many to hold.
        /// </summary>
        public void WriteJson(TextWriter writer) => FleetJsonWriter.Write(this, Json.Options, writer);

        /// <summary>
        /// Reads a report written by <see cref="ToJson"/>. Anything else (another tool's JSON, <c>{}</c>, a report of
        /// another format) throws <see cref="NotAScanReportException"/>, whose reason is a resource key for the user.
        /// </summary>
        public static FleetReport FromJson(string json) => FromJson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));

        /// <summary>
        /// Reads a report from a stream (a file given to <c>report merge</c>) as the serializer goes, never its whole
        /// text nor a document of it: only the report's objects are held.
        /// </summary>
        /// <exception cref="IOException">The stream could not be read.</exception>
        public static FleetReport FromJson(Stream json)
        {
            Input? input;
            try
            {
                input = JsonSerializer.Deserialize(json, Json.Input);
            }
            catch (JsonException)
            {
                throw new NotAScanReportException("Merge_NotAScanReport");
            }
            catch (InvalidOperationException)
            {
                throw new NotAScanReportException("Merge_NotAScanReport"); // a value of the wrong kind deep inside
            }

            // Looked at after reading (the properties can come in any order), on what the file itself held: the
            // report's own defaults would take {} for an empty fleet of the current format.
            if (input == null || input.Tool != "commons" || input.Repositories == null)
            {
                throw new NotAScanReportException("Merge_NotAScanReport");
            }

            if (!(input.Format is { ValueKind: JsonValueKind.Number } format) || !format.TryGetInt32(out var number) || number != CurrentFormat)
            {
                throw new NotAScanReportException("Merge_OtherFormat");
            }

            return new FleetReport { Version = input.Version!, Date = input.Date!, Language = input.Language!, Repositories = input.Repositories }.WithoutNulls();
        }

        /// <summary>What a report file holds, each part null when absent.</summary>
        internal sealed class Input
        {
            public JsonElement? Format { get; set; }

            public string? Tool { get; set; }

            public string? Version { get; set; }

            public string? Date { get; set; }

            public string? Language { get; set; }

            public List<RepositoryReport>? Repositories { get; set; }
        }

        /// <summary>A JSON <c>null</c> where a list or a text belongs reads as empty (<see cref="RepositoryReport.WithoutNulls"/>).</summary>
        private FleetReport WithoutNulls()
        {
            Version ??= string.Empty;
            Date ??= string.Empty;
            Language ??= "fr";
            Repositories = (Repositories ?? new List<RepositoryReport>()).Where(r => r != null).ToList();
            foreach (var repository in Repositories)
            {
                repository.WithoutNulls();
            }

            return this;
        }
    }

    /// <summary>A file given to <c>report merge</c> or <c>report trend</c> that is not a report of <c>commons scan --format json</c>.</summary>
    public sealed class NotAScanReportException : Exception
    {
        public NotAScanReportException(string reasonKey)
            : base(reasonKey)
        {
            ReasonKey = reasonKey;
        }

        public string ReasonKey { get; }
    }

    public sealed class FleetSummary
    {
        internal FleetSummary(FleetReport report)
        {
            Repositories = report.Repositories.Count;
            foreach (var tally in report.Repositories.Select(report.TallyOf))
            {
                Errors += tally.Errors;
                Warnings += tally.Warnings;
            }
        }

        public int Repositories { get; }

        public int Errors { get; }

        public int Warnings { get; }
    }

    public sealed class RepositoryReport
    {
        public const string RecordValid = "valid";
        public const string RecordInvalid = "invalid";
        public const string RecordMissing = "missing";

        public string Name { get; set; } = string.Empty;

        /// <summary>Relative to the scanned PATH, forward slashes; empty when PATH is the repository.</summary>
        public string Path { get; set; } = string.Empty;

        /// <summary><c>valid</c>, <c>invalid</c> (errors in the record) or <c>missing</c>.</summary>
        public string Record { get; set; } = RecordMissing;

        public string? ProjectName { get; set; }

        public string? Nature { get; set; }

        /// <summary>Section → solution chosen (site, front-usager, back-office, referentiel).</summary>
        public Dictionary<string, string> Solutions { get; set; } = new Dictionary<string, string>();

        public List<BrickEntry> Bricks { get; set; } = new List<BrickEntry>();

        /// <summary>How the C# code was scanned, in words.</summary>
        public string? CodeScan { get; set; }

        /// <summary>The languages and formats of the files read, with their counts (C#, JavaScript, YAML…).</summary>
        public List<LanguageEntry> Languages { get; set; } = new List<LanguageEntry>();

        /// <summary>How many files the scanners read whole.</summary>
        public int FilesRead { get; set; }

        /// <summary>Files and folders left out, each with its reason (dependencies, too large, binary, invalid XML…).</summary>
        public List<SkippedEntry> Skipped { get; set; } = new List<SkippedEntry>();

        public List<FindingEntry> Findings { get; set; } = new List<FindingEntry>();

        /// <summary>
        /// A JSON <c>null</c> where a list or a text belongs (a hand-edited or truncated scan) reads as empty, so the
        /// reports that walk these lists never meet one: the same as the field left out.
        /// </summary>
        internal RepositoryReport WithoutNulls()
        {
            Name ??= string.Empty;
            Path ??= string.Empty;
            Record ??= RecordMissing;
            Solutions ??= new Dictionary<string, string>();
            Bricks = (Bricks ?? new List<BrickEntry>()).Where(b => b != null).ToList();
            Languages = (Languages ?? new List<LanguageEntry>()).Where(l => l != null).ToList();
            Skipped = (Skipped ?? new List<SkippedEntry>()).Where(e => e != null).ToList();
            Findings = (Findings ?? new List<FindingEntry>()).Where(f => f != null).Select(f => f.WithoutNulls()).ToList();
            foreach (var brick in Bricks)
            {
                brick.Id ??= string.Empty;
                brick.Choice ??= string.Empty;
            }

            foreach (var entry in Skipped)
            {
                entry.Path ??= string.Empty;
                entry.Reason ??= string.Empty;
            }

            return this;
        }
    }

    public sealed class LanguageEntry
    {
        public string Name { get; set; } = string.Empty;

        public int Files { get; set; }
    }

    public sealed class SkippedEntry
    {
        public string Path { get; set; } = string.Empty;

        public string Reason { get; set; } = string.Empty;
    }

    public sealed class BrickEntry
    {
        public string Id { get; set; } = string.Empty;

        public string Choice { get; set; } = string.Empty;

        public string? Expiry { get; set; }
    }

    public sealed class FindingEntry
    {
        public string Id { get; set; } = string.Empty;

        public string Severity { get; set; } = "warning";

        public string File { get; set; } = string.Empty;

        public int Line { get; set; }

        public int Column { get; set; }

        public string Message { get; set; } = string.Empty;

        public string HelpUri { get; set; } = string.Empty;

        /// <summary><c>indirect</c> for configuration that names the service; absent for a direct use.</summary>
        public string? Tier { get; set; }

        /// <summary>The occurrences in a data file reported once; absent for one call site.</summary>
        public int? Count { get; set; }

        [JsonIgnore]
        public bool IsError => Severity == "error";

        /// <summary>A JSON <c>null</c> read where a text belongs, as if the field had been left out.</summary>
        internal FindingEntry WithoutNulls()
        {
            Id ??= string.Empty;
            Severity ??= "warning";
            File ??= string.Empty;
            Message ??= string.Empty;
            HelpUri ??= string.Empty;
            return this;
        }

        public static FindingEntry From(Finding finding) => new FindingEntry
        {
            Id = finding.Id,
            Severity = finding.Severity == FindingSeverity.Error ? "error" : "warning",
            File = finding.FilePath ?? string.Empty,
            Line = finding.Line,
            Column = finding.Column,
            Message = finding.Message,
            HelpUri = finding.HelpUri,
            Tier = finding.Tier,
            Count = finding.Count,
        };

        public Finding ToFinding() => new Finding(Id, IsError ? FindingSeverity.Error : FindingSeverity.Warning, Message, File, new SourcePosition(Line, Column)).WithEvidence(Tier, Count);

        /// <summary>MSBuild's canonical form, the same line <c>commons check</c> and the build print.</summary>
        public string ToCanonicalString() => ToFinding().ToCanonicalString();
    }
}
