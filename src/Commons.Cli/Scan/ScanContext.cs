using System;
using System.Globalization;
using Commons.Engine.Catalog;
using Commons.Engine.Files;
using Commons.Engine.Record;

namespace Commons.Cli.Scan
{
    /// <summary>What every scanner of one repository shares: where it is, what its record says, the catalog, the clock.</summary>
    internal sealed class ScanContext
    {
        public ScanContext(Repository repository, RepositoryFiles files, ValidationResult record, BrickCatalog catalog, CultureInfo culture, DateTime today)
        {
            Repository = repository;
            Files = files;
            Record = record;
            Catalog = catalog;
            Culture = culture;
            Today = today;
            Verdicts = new BrickVerdicts(catalog, record.Record, record.FilePath, today, culture);
            Reader = new BoundedFileReader(TextFile.MaxBytes, repository.Root);
            Ledger = new ScanLedger(repository.Root, repository.ScannedPath);
        }

        /// <summary>How every scanner opens a file: regular files inside the repository, within a byte limit.</summary>
        public BoundedFileReader Reader { get; }

        public Repository Repository { get; }

        public RepositoryFiles Files { get; }

        public ValidationResult Record { get; }

        public BrickCatalog Catalog { get; }

        public CultureInfo Culture { get; }

        public DateTime Today { get; }

        public BrickVerdicts Verdicts { get; }

        /// <summary>The files read and skipped, and the languages found, for the reports.</summary>
        public ScanLedger Ledger { get; }

        /// <summary>
        /// How the C# code was looked at (compiled with packages, name matches only, no code), for the reports. Written
        /// by the C# scanner alone, read once every scanner is done; a failure is the fleet scanner's note, not this.
        /// </summary>
        public string? CodeScan { get; set; }

        /// <summary>Whether the C# scanner built a compilation: the bulk of a repository's memory, let go once it is scanned.</summary>
        public bool Compiled { get; set; }
    }
}
