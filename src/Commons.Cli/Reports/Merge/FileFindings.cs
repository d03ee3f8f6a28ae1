using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Commons.Cli.Reports.Merge
{
    /// <summary>
    /// The findings of a merged fleet, read again from the reports' files for each output, one at a time: the merge holds
    /// each repository's counts, never its findings. A file that no longer holds what the first reading counted (changed
    /// or cut in between) or cannot be read stops the merge with <see cref="MergeInputException"/>.
    /// </summary>
    internal sealed class FileFindings : IFleetFindings
    {
        private readonly Dictionary<RepositoryReport, IndexedRepository> _repositories = new Dictionary<RepositoryReport, IndexedRepository>(ReferenceEqualityComparer.Instance);

        public void Add(IndexedRepository repository) => _repositories.Add(repository.Report, repository);

        public FindingTally TallyOf(RepositoryReport repository) => _repositories[repository].Findings;

        public IEnumerable<FindingEntry> Of(RepositoryReport repository)
        {
            var indexed = _repositories[repository];
            return indexed.FindingsStart < 0 ? Array.Empty<FindingEntry>() : Read(indexed);
        }

        private static IEnumerable<FindingEntry> Read(IndexedRepository indexed)
        {
            using var stream = Open(indexed);
            var reader = Start(indexed, stream);
            var count = 0;
            while (Next(indexed, reader) is { } finding)
            {
                count++;
                finding.File = indexed.FilePrefix + finding.File;
                yield return finding;
            }

            if (count != indexed.Findings.Count)
            {
                throw new MergeInputException(indexed.File, "Merge_Changed");
            }
        }

        private static FileStream Open(IndexedRepository indexed)
        {
            try
            {
                var stream = new FileStream(indexed.File, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                if (stream.Length != indexed.FileLength)
                {
                    stream.Dispose();
                    throw new MergeInputException(indexed.File, "Merge_Changed");
                }

                return stream;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new MergeInputException(indexed.File, "Merge_Unreadable", ex.Message);
            }
        }

        private static StreamingJsonReader Start(IndexedRepository indexed, FileStream stream)
        {
            try
            {
                var reader = new StreamingJsonReader(stream, indexed.FindingsStart, indexed.FindingsLength);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new MergeInputException(indexed.File, "Merge_Changed");
                }

                return reader;
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException)
            {
                throw new MergeInputException(indexed.File, "Merge_Changed");
            }
            catch (IOException ex)
            {
                throw new MergeInputException(indexed.File, "Merge_Unreadable", ex.Message);
            }
        }

        /// <summary>The next finding but the nulls (as <see cref="FleetReport.FromJson(Stream)"/> drops them), or null at the array's end.</summary>
        private static FindingEntry? Next(IndexedRepository indexed, StreamingJsonReader reader)
        {
            try
            {
                FindingEntry? finding;
                do
                {
                    if (!reader.TryReadElement(FleetReport.Json.FindingEntry, out finding))
                    {
                        return null;
                    }
                }
                while (finding == null);
                return finding.WithoutNulls();
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException)
            {
                throw new MergeInputException(indexed.File, "Merge_Changed");
            }
            catch (IOException ex)
            {
                throw new MergeInputException(indexed.File, "Merge_Unreadable", ex.Message);
            }
        }
    }
}
