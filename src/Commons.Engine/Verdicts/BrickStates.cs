using System;
using Commons.Engine.Record;

namespace Commons.Engine.Verdicts
{
    /// <summary>The state of every brick for one record, its exceptions read against one date.</summary>
    public sealed class BrickStates
    {
        private readonly DecisionRecord? _record;

        /// <param name="verifiedProviders">
        /// The bricks whose <c>fournisseur</c> claim was verified (<see cref="ProviderVerification"/>: by the build's
        /// CommonsVerifyProviders target for the analyzers, by the scan itself), ',' separated: the generated
        /// .editorconfig would read a ';' as the start of a comment. A claim nobody verified declares nothing, and the
        /// brick is reported: a record's word alone is not a switch.
        /// </param>
        public BrickStates(DecisionRecord? record, DateTime today, string verifiedProviders = "")
        {
            _record = record;
            Today = today.Date;
            VerifiedProviders = verifiedProviders;
        }

        /// <summary>The verified providers, as passed (part of what makes two analysis sessions alike).</summary>
        public string VerifiedProviders { get; }

        /// <summary>The date the exceptions are read against.</summary>
        public DateTime Today { get; }

        public DecisionRecord? Record => _record;

        public BrickState StateOf(string brickId)
        {
            var decision = DecisionOf(brickId);
            switch (decision?.Choice)
            {
                case BrickChoices.Common:
                    return BrickState.Common;
                case BrickChoices.NotConcerned:
                    return BrickState.NotConcerned;
                case BrickChoices.Provider:
                    return IsVerifiedProvider(brickId) ? BrickState.Provider : BrickState.NotDeclared;
                case BrickChoices.Exception:
                    return decision!.IsActiveException(Today) ? BrickState.ActiveException : BrickState.ExpiredException;
                default:
                    return BrickState.NotDeclared;
            }
        }

        public DateTime? ExpiryOf(string brickId) => DecisionOf(brickId)?.Expiry;

        public static bool IsExempt(BrickState state) => state == BrickState.ActiveException || state == BrickState.Provider;

        private bool IsVerifiedProvider(string brickId)
        {
            foreach (var id in VerifiedProviders.Split(',', ' '))
            {
                if (string.Equals(id.Trim(), brickId, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private BrickDecision? DecisionOf(string brickId) =>
            _record != null && _record.Bricks.TryGetValue(brickId, out var decision) ? decision : null;
    }
}
