using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Record;
using Commons.Engine.Verdicts;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// A brick signature found outside the analyzers (a package, a configured host, a name match) turned into a
    /// finding by the engine's <see cref="BrickJudge"/>, the very rule and words the analyzers use: nothing for an
    /// exception in force or the brick's own provider, an error when the record declares the brick <c>commun</c> or
    /// <c>non-concerne</c>, a warning otherwise, under the brick's analyzer ID (CN1001…). It also remembers which
    /// exceptions some finding of the repository needed, so the scan can say which no code needs any more.
    /// </summary>
    internal sealed class BrickVerdicts
    {
        private readonly BrickCatalog _catalog;
        private readonly BrickJudge _judge;
        private readonly CultureInfo _culture;
        private readonly ConcurrentDictionary<string, bool> _needed = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        public BrickVerdicts(BrickCatalog catalog, DecisionRecord? record, string? recordPath, DateTime today, CultureInfo culture)
        {
            _catalog = catalog;
            VerifiedProviders = VerifyProviders(catalog, record, recordPath);
            _judge = new BrickJudge(new BrickStates(record, today, VerifiedProviders));
            _culture = culture;
        }

        /// <summary>
        /// The bricks whose <c>fournisseur</c> claim this repository supports (a git remote or a packed package named by the
        /// shipped catalog), ',' separated as the build passes them to the analyzers: the scan trusts what the build would.
        /// </summary>
        public string VerifiedProviders { get; }

        private static string VerifyProviders(BrickCatalog catalog, DecisionRecord? record, string? recordPath)
        {
            var claimed = record?.Bricks.Values.Where(d => d.Choice == BrickChoices.Provider).Select(d => catalog.Find(d.BrickId)).Where(b => b != null).ToList();
            if (claimed == null || claimed.Count == 0 || recordPath == null)
            {
                return string.Empty;
            }

            var facts = RepositoryFacts.Near(recordPath);
            return string.Join(",", claimed.Where(brick => ProviderVerification.Check(brick!, facts).Verified).Select(brick => brick!.Id));
        }

        /// <summary>
        /// What was found, worded by the engine's messages (<c>Found_Package</c>, <c>Found_ConfigHost</c>,
        /// <c>Found_Import</c>…), in the scan's language: the build's analyzers use the same words.
        /// </summary>
        public string Found(string key, params object[] args) => BrickMessages.Format(_culture, key, args);

        /// <summary>The bricks whose exception (in force or expired) or provider role some finding of this repository needed.</summary>
        public ICollection<string> NeededExemptions => _needed.Keys;

        /// <summary>The repository's C# was compiled and analysed: an exception no finding needed is then unused (CN0210).</summary>
        public bool CodeAnalysed { get; set; }

        /// <summary>A finding for what was found, or null when the record exempts the brick(s).</summary>
        /// <param name="bricks">The brick, or a group's bricks.</param>
        /// <param name="found">What was found, already in the scan's language.</param>
        public Finding? Report(IReadOnlyList<string> bricks, string found, string file, int line, int column, bool nameMatch = false)
        {
            var owners = bricks.Select(_catalog.Find).Where(b => b != null).Select(b => b!).ToList();
            var verdict = _judge.Judge(owners);
            if (verdict == null)
            {
                return null;
            }

            if (verdict.IsExempt)
            {
                MarkNeeded(verdict.Brick.Id);
                return null;
            }

            if (verdict.State == BrickState.ExpiredException)
            {
                MarkNeeded(verdict.Brick.Id); // expired, not unused: CN0201 already says to renew it
            }

            if (string.IsNullOrEmpty(verdict.DiagnosticId))
            {
                return null;
            }

            var message = verdict.Message(_culture, found);
            if (nameMatch)
            {
                message += " " + BrickMessages.Get(_culture, "NameMatch");
            }

            return new Finding(verdict.DiagnosticId, verdict.Severity, message, file, new SourcePosition(line, column));
        }

        /// <summary>A brick some code needs an exception for (an analyzers' finding, or their hidden "exempt" diagnostic in the scan).</summary>
        public void MarkNeeded(string brickId) => _needed[brickId] = true;

        /// <summary>The bricks a catalog entry belongs to: the brick itself, or every brick of a group.</summary>
        public IEnumerable<(IReadOnlyList<string> Bricks, SignatureSet Signatures)> Owners()
        {
            foreach (var brick in _catalog.Bricks)
            {
                yield return (new[] { brick.Id }, brick.Signatures);
            }

            foreach (var group in _catalog.Groups)
            {
                yield return (group.BrickIds, group.Signatures);
            }
        }
    }
}
