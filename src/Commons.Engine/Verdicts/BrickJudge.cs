using System.Collections.Generic;
using Commons.Engine.Catalog;

namespace Commons.Engine.Verdicts
{
    /// <summary>
    /// The one rule for a brick signature found anywhere (C# in the IDE, the build or the scan; configuration; packages):
    /// which brick it is reported under, whether the record exempts it, and how severe it is. The analyzers and
    /// <c>commons scan</c> both call it, so the same finding reads the same everywhere (docs/catalog.md).
    /// </summary>
    public sealed class BrickJudge
    {
        public BrickJudge(BrickStates states)
        {
            States = states;
        }

        public BrickStates States { get; }

        /// <summary>
        /// For one brick or a group's bricks: exempt when any of them has an exception in force or is <c>fournisseur</c>
        /// (the project accounted for it under that brick); an error under the first brick declared <c>commun</c>; an
        /// error under the first when every brick is declared <c>non-concerne</c>; otherwise a warning under the first
        /// brick not declared <c>non-concerne</c> (for a group, the code may be the other brick's). Null for no brick.
        /// </summary>
        public BrickVerdict? Judge(IReadOnlyList<Brick> bricks)
        {
            Brick? common = null;
            Brick? concerned = null;
            foreach (var brick in bricks)
            {
                var state = States.StateOf(brick.Id);
                if (BrickStates.IsExempt(state))
                {
                    return new BrickVerdict(bricks, brick, state, States.ExpiryOf(brick.Id));
                }

                if (state == BrickState.Common && common == null)
                {
                    common = brick;
                }
                else if (state != BrickState.NotConcerned && concerned == null)
                {
                    concerned = brick;
                }
            }

            var chosen = common ?? concerned ?? (bricks.Count > 0 ? bricks[0] : null);
            return chosen == null ? null : new BrickVerdict(bricks, chosen, States.StateOf(chosen.Id), States.ExpiryOf(chosen.Id));
        }
    }
}
