using System.Collections.Generic;
using System.Linq;

namespace Commons.Engine.Advice
{
    /// <summary>
    /// What the policy concludes for one section of the record from the answers so far: which solutions a record may
    /// choose without contradicting the tree, which one the policy prefers, and why, in sentences a person can read.
    /// </summary>
    public sealed class Advice
    {
        public Advice(IReadOnlyList<string> allowed, IReadOnlyList<string> needJustification, IReadOnlyList<string> explanation)
        {
            Allowed = allowed;
            NeedJustification = needJustification;
            Explanation = explanation;
        }

        /// <summary>The compliant solutions, the policy's preferred one first.</summary>
        public IReadOnlyList<string> Allowed { get; }

        /// <summary>The proposed choice: the first compliant one.</summary>
        public string Recommended => Allowed[0];

        /// <summary>Allowed solutions that the record must justify in writing.</summary>
        public IReadOnlyList<string> NeedJustification { get; }

        /// <summary>Sentences for the user: what the tree concludes and why.</summary>
        public IReadOnlyList<string> Explanation { get; }

        public bool IsAllowed(string solution) => Allowed.Contains(solution);

        public bool RequiresJustification(string solution) => NeedJustification.Contains(solution);
    }

    /// <summary>What climbing the GLPI ladder to one step requires in the record.</summary>
    public sealed class BackOfficeAdvice
    {
        public BackOfficeAdvice(string step, bool requiresCompromiseAndLimits, IReadOnlyList<string> stepsToRuleOut, bool requiresJustification, IReadOnlyList<string> explanation)
        {
            Step = step;
            RequiresCompromiseAndLimits = requiresCompromiseAndLimits;
            StepsToRuleOut = stepsToRuleOut;
            RequiresJustification = requiresJustification;
            Explanation = explanation;
        }

        public string Step { get; }

        /// <summary>Past the threshold: <c>compromis-recherche: true</c> and at least one GLPI limit.</summary>
        public bool RequiresCompromiseAndLimits { get; }

        /// <summary>The steps a fully specific back-office must say it ruled out (<c>options-ecartees</c>).</summary>
        public IReadOnlyList<string> StepsToRuleOut { get; }

        public bool RequiresJustification { get; }

        public IReadOnlyList<string> Explanation { get; }
    }
}
