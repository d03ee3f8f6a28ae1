using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;

namespace Commons.Engine.Verdicts
{
    /// <summary>
    /// What to say about one brick signature found in code, configuration or packages: nothing (exempt), or a finding
    /// under one brick, with its severity and its words. Built by <see cref="BrickJudge"/>.
    /// </summary>
    public sealed class BrickVerdict
    {
        internal BrickVerdict(IReadOnlyList<Brick> owners, Brick brick, BrickState state, DateTime? expiry)
        {
            Owners = owners;
            Brick = brick;
            State = state;
            Expiry = expiry;
        }

        /// <summary>The bricks the signature belongs to: one, or a group's.</summary>
        public IReadOnlyList<Brick> Owners { get; }

        /// <summary>The brick the finding is reported under; when exempt, the brick whose decision exempts it.</summary>
        public Brick Brick { get; }

        public BrickState State { get; }

        public DateTime? Expiry { get; }

        /// <summary>An exception in force or the brick's own provider: nothing is reported.</summary>
        public bool IsExempt => BrickStates.IsExempt(State);

        /// <summary>The record says the project does not reimplement the brick (<c>commun</c>, <c>non-concerne</c>).</summary>
        public bool ContradictsRecord => State == BrickState.Common || State == BrickState.NotConcerned;

        public FindingSeverity Severity => ContradictsRecord ? FindingSeverity.Error : FindingSeverity.Warning;

        /// <summary>The brick's analyzer rule (CN1001…).</summary>
        public string DiagnosticId => Brick.DiagnosticId;

        /// <summary>The whole message: which brick, what was found (already in <paramref name="culture"/>), what to do.</summary>
        public string Message(CultureInfo culture, string found)
        {
            var label = string.Join(" / ", Owners.Select(b => b.Id));
            var names = string.Join(BrickMessages.Get(culture, "Or"), Owners.Select(b => b.Name.In(culture)));
            var what = BrickMessages.Format(
                culture,
                State == BrickState.Common ? "Found_ContradictsCommon" : State == BrickState.NotConcerned ? "Found_ContradictsNotConcerned" : "Found_Reimplements",
                found);
            return BrickMessages.Format(culture, "Message_Brick", label, names, what, Advice(culture));
        }

        public string Advice(CultureInfo culture)
        {
            if (Brick.IsAvailable)
            {
                return BrickMessages.Format(culture, "Advice_UseCommon", Brick.Common!.Package, Brick.Common.Namespace);
            }

            if (ContradictsRecord)
            {
                return BrickMessages.Get(culture, "Advice_FixRecord");
            }

            if (State == BrickState.ExpiredException && Expiry.HasValue)
            {
                return BrickMessages.Format(culture, "Advice_Expired", Brick.Id, Expiry.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            return BrickMessages.Format(culture, "Advice_RecordException", Brick.Id);
        }
    }
}
