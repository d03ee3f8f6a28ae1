using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Record;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The analyzers' rule for a brick signature found outside C# (a package, a configured host, a name match): nothing
    /// for an exception in force or the brick's own provider, an error when the record declares the brick
    /// <c>commun</c>, a warning otherwise (docs/rules, bricks.md "How the record changes what is reported"). The finding
    /// takes the brick's analyzer ID (CN1001…), so severities and docs stay one per brick.
    /// </summary>
    internal sealed class BrickVerdicts
    {
        private readonly BrickCatalog _catalog;
        private readonly DecisionRecord? _record;
        private readonly DateTime _today;
        private readonly CultureInfo _culture;

        public BrickVerdicts(BrickCatalog catalog, DecisionRecord? record, DateTime today, CultureInfo culture)
        {
            _catalog = catalog;
            _record = record;
            _today = today;
            _culture = culture;
        }

        /// <summary>A finding for what was found, or null when the record exempts the brick(s).</summary>
        /// <param name="bricks">The brick, or a group's bricks (reported under the first declared commun, else the first).</param>
        public Finding? Report(IReadOnlyList<string> bricks, string found, string file, int line, int column, bool nameMatch = false)
        {
            string? chosen = null;
            var common = false;
            foreach (var id in bricks)
            {
                var decision = Decision(id);
                if (decision != null && (decision.Choice == BrickChoices.Provider || decision.IsActiveException(_today)))
                {
                    return null;
                }

                var isCommon = decision?.Choice == BrickChoices.Common;
                if (chosen == null || (isCommon && !common))
                {
                    chosen = id;
                    common = isCommon;
                }
            }

            var brick = chosen == null ? null : _catalog.Find(chosen);
            if (brick == null || string.IsNullOrEmpty(brick.DiagnosticId))
            {
                return null;
            }

            var message = CliText.Format(_culture, common ? "Scan_Contradicts" : "Scan_Reimplements", brick.Id, brick.Name.In(_culture), found, Advice(brick, common));
            if (nameMatch)
            {
                message += " " + CliText.Get("Scan_NameMatch", _culture);
            }

            var severity = common ? FindingSeverity.Error : FindingSeverity.Warning;
            return new Finding(brick.DiagnosticId, severity, message, file, new SourcePosition(line, column));
        }

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

        private BrickDecision? Decision(string id) =>
            _record != null && _record.Bricks.TryGetValue(id, out var decision) ? decision : null;

        private string Advice(Brick brick, bool common)
        {
            if (brick.IsAvailable)
            {
                return CliText.Format(_culture, "Scan_AdviceUseCommon", brick.Common!.Package, brick.Common.Namespace);
            }

            if (common)
            {
                return CliText.Get("Scan_AdviceFixRecord", _culture);
            }

            var decision = Decision(brick.Id);
            if (decision != null && decision.IsException && decision.Expiry.HasValue)
            {
                return CliText.Format(_culture, "Scan_AdviceExpired", brick.Id, decision.Expiry.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            return CliText.Format(_culture, "Scan_AdviceException", brick.Id);
        }
    }
}
