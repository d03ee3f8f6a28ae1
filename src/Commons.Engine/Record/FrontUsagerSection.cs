using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Findings;
using Commons.Engine.Policy;
using Commons.Engine.Yaml;

namespace Commons.Engine.Record
{
    /// <summary>
    /// <c>front-usager</c>: the chosen common must cover every declared need; Démarches Simplifiées
    /// before Démat Social; a specific front only when no common covers the needs. The capabilities
    /// come from rules/tree.yml.
    /// </summary>
    internal static class FrontUsagerSection
    {
        public static void Check(ValidationContext context, MappingReader front)
        {
            var tree = context.Tree;
            var needNodes = front.EnumList(RecordKeys.Needs, tree.FrontNeeds.Keys.ToList());
            var needs = needNodes.Select(n => n.Value).ToList();
            var solution = SectionSolution.Read(context, front, tree.FrontSolutions, "Hint_FrontSolution");
            if (solution == null)
            {
                JustificationCheck.CheckIfPresent(context, front);
                return;
            }

            var covering = tree.CommonsCovering(needs);
            var preferred = tree.FrontCommons[0];
            if (solution.Value == tree.FrontSpecific)
            {
                CheckSpecific(context, front, solution, needs, covering);
                return;
            }

            var chosen = tree.FindFrontCommon(solution.Value)!;
            foreach (var need in needNodes.Where(n => !chosen.Covers(n.Value)))
            {
                ReportUncoveredNeed(context, need, chosen);
            }

            if (chosen != preferred && covering.Contains(preferred))
            {
                context.Sink.Report(RecordRules.DematSocialWhereDsSuffices, solution.Position, chosen.Name, preferred.Name, NeedList(context, needs));
            }

            if (chosen != preferred)
            {
                JustificationCheck.Require(context, front, context.Sink.Text("Hint_FrontJustificationCommon", chosen.Name, preferred.Name));
            }
            else
            {
                JustificationCheck.CheckIfPresent(context, front);
            }
        }

        private static void CheckSpecific(ValidationContext context, MappingReader front, ScalarNode solution, IReadOnlyList<string> needs, IReadOnlyList<FrontCommon> covering)
        {
            if (covering.Count > 0)
            {
                context.Sink.Report(RecordRules.SpecificFrontWhereCommonSuffices, solution.Position, covering[0].Name, NeedList(context, needs));
                JustificationCheck.CheckIfPresent(context, front);
                return;
            }

            // No common covers every need: a specific front is allowed, and the reason must be written down.
            JustificationCheck.Require(context, front, context.Sink.Text("Hint_FrontJustificationSpecific", UncoveredSummary(context, needs)));
        }

        private static void ReportUncoveredNeed(ValidationContext context, ScalarNode need, FrontCommon chosen)
        {
            var others = context.Tree.FrontCommons.Where(c => c.Covers(need.Value)).Select(c => c.Name).ToList();
            var needName = context.Tree.NeedName(need.Value, context.Sink.Culture);
            if (others.Count > 0)
            {
                context.Sink.Report(RecordRules.NeedNotCovered, need.Position, need.Value, needName, chosen.Name, string.Join(", ", others));
            }
            else
            {
                context.Sink.ReportVariant(RecordRules.NeedNotCovered, need.Position, "NoCommon", need.Value, needName, chosen.Name);
            }
        }

        private static string NeedList(ValidationContext context, IReadOnlyList<string> needs) =>
            needs.Count == 0 ? context.Sink.Text("NoNeeds") : string.Join(", ", needs);

        /// <summary>"nir (Démat Social), franceconnect (Démarches Simplifiées)": who covers what, so the reader sees why no single common fits.</summary>
        private static string UncoveredSummary(ValidationContext context, IReadOnlyList<string> needs) =>
            string.Join(", ", needs.Select(need =>
            {
                var by = context.Tree.FrontCommons.Where(c => c.Covers(need)).Select(c => c.Name).ToList();
                return need + " (" + (by.Count == 0 ? context.Sink.Text("NoCommon") : string.Join(", ", by)) + ")";
            }));
    }
}
