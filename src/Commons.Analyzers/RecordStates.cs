using System;
using System.Collections.Generic;
using Commons.Engine.Record;

namespace Commons.Analyzers
{
    /// <summary>What the record says about a brick, as far as reporting is concerned.</summary>
    internal enum BrickState
    {
        /// <summary>Not declared (or <c>non-concerne</c>): report, warning.</summary>
        NotDeclared,

        /// <summary>Declared <c>commun</c>: code that reimplements it contradicts the record, error.</summary>
        Common,

        /// <summary>An exception that has not expired: do not report.</summary>
        ActiveException,

        /// <summary>An exception past its echeance: report, warning (the build task reports the expiry itself).</summary>
        ExpiredException,

        /// <summary>This repository is the brick's own provider (<c>fournisseur</c>, verified by the build): do not report.</summary>
        Provider,
    }

    /// <summary>The state of every brick for one compilation: the record's decisions read against today's date.</summary>
    internal sealed class RecordStates
    {
        public static readonly RecordStates None = new RecordStates(null, DateTime.Today);

        private readonly DecisionRecord? _record;
        private readonly DateTime _today;
        private readonly string _verifiedProviders;

        /// <param name="verifiedProviders">
        /// The bricks whose <c>fournisseur</c> claim the build verified (build property CommonsVerifiedProviders, ','
        /// separated: the generated .editorconfig would read a ';' as the start of a comment). The analyzers read no file, so they cannot check a claim themselves: one the build did not
        /// vouch for is not declared, and the brick is reported (a record's word alone is not a switch).
        /// </param>
        public RecordStates(DecisionRecord? record, DateTime today, string verifiedProviders = "")
        {
            _record = record;
            _today = today;
            _verifiedProviders = verifiedProviders;
        }

        /// <summary>The date the exceptions are read against.</summary>
        public DateTime Today => _today;

        /// <summary>The verified providers, as the build passed them (part of what makes two sessions alike).</summary>
        public string VerifiedProviders => _verifiedProviders;

        public BrickState StateOf(string brickId)
        {
            if (_record == null || !_record.Bricks.TryGetValue(brickId, out var decision))
            {
                return BrickState.NotDeclared;
            }

            switch (decision.Choice)
            {
                case BrickChoices.Common:
                    return BrickState.Common;
                case BrickChoices.Provider:
                    return IsVerifiedProvider(brickId) ? BrickState.Provider : BrickState.NotDeclared;
                case BrickChoices.Exception:
                    return decision.IsActiveException(_today) ? BrickState.ActiveException : BrickState.ExpiredException;
                default:
                    return BrickState.NotDeclared;
            }
        }

        private bool IsVerifiedProvider(string brickId)
        {
            foreach (var id in _verifiedProviders.Split(',', ' '))
            {
                if (string.Equals(id.Trim(), brickId, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public DateTime? ExpiryOf(string brickId) =>
            _record != null && _record.Bricks.TryGetValue(brickId, out var decision) ? decision.Expiry : null;

        public static bool IsExempt(BrickState state) => state == BrickState.ActiveException || state == BrickState.Provider;
    }
}
