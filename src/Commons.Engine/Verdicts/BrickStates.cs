using System;
using Commons.Engine.Record;

namespace Commons.Engine.Verdicts
{
    /// <summary>The state of every brick for one record, its exceptions read against one date.</summary>
    public sealed class BrickStates
    {
        private readonly DecisionRecord? _record;

        public BrickStates(DecisionRecord? record, DateTime today)
        {
            _record = record;
            Today = today.Date;
        }

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
                    return BrickState.Provider;
                case BrickChoices.Exception:
                    return decision!.IsActiveException(Today) ? BrickState.ActiveException : BrickState.ExpiredException;
                default:
                    return BrickState.NotDeclared;
            }
        }

        public DateTime? ExpiryOf(string brickId) => DecisionOf(brickId)?.Expiry;

        public static bool IsExempt(BrickState state) => state == BrickState.ActiveException || state == BrickState.Provider;

        private BrickDecision? DecisionOf(string brickId) =>
            _record != null && _record.Bricks.TryGetValue(brickId, out var decision) ? decision : null;
    }
}
