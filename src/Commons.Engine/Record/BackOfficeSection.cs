using System.Linq;
using Commons.Engine.Findings;

namespace Commons.Engine.Record
{
    /// <summary>
    /// <c>back-office</c>: the GLPI ladder. Climbing past GLPI needs a compromise sought and a known
    /// limit of GLPI; a fully specific back-office also says why each intermediate step was ruled out.
    /// </summary>
    internal static class BackOfficeSection
    {
        public static void Check(ValidationContext context, MappingReader back)
        {
            var tree = context.Tree;
            var limits = back.EnumList(RecordKeys.GlpiLimits, tree.GlpiLimits.Keys.ToList());
            var compromise = back.Bool(RecordKeys.CompromiseSought);
            var ruledOut = back.Mapping(RecordKeys.RuledOutOptions);
            var ruledOutReader = ruledOut == null
                ? null
                : new MappingReader(context.Sink, ruledOut, back.FieldPath(RecordKeys.RuledOutOptions), back.Entry(RecordKeys.RuledOutOptions)!.Key.Position, tree.BackOfficeStepsToRuleOut);

            var solution = SectionSolution.Read(context, back, tree.BackOfficeLadder, "Hint_BackOfficeSolution");
            if (solution == null)
            {
                JustificationCheck.CheckIfPresent(context, back);
                return;
            }

            var step = tree.LadderStep(solution.Value);
            if (step > tree.LadderStep(tree.BackOfficeCompromiseThreshold))
            {
                if (compromise != true)
                {
                    var where = back.Entry(RecordKeys.CompromiseSought)?.Value.Position ?? back.Anchor;
                    context.Sink.Report(RecordRules.GlpiCompromiseMissing, where, solution.Value);
                }

                if (limits.Count == 0)
                {
                    var where = back.Entry(RecordKeys.GlpiLimits)?.Key.Position ?? back.Anchor;
                    context.Sink.Report(RecordRules.GlpiLimitsMissing, where, solution.Value, string.Join(", ", tree.GlpiLimits.Keys));
                }
            }

            if (solution.Value == tree.BackOfficeSpecific)
            {
                CheckRuledOutSteps(context, back, ruledOutReader);
                JustificationCheck.Require(context, back, context.Sink.Text("Hint_BackOfficeJustification"));
            }
            else
            {
                JustificationCheck.CheckIfPresent(context, back);
            }
        }

        private static void CheckRuledOutSteps(ValidationContext context, MappingReader back, MappingReader? ruledOut)
        {
            foreach (var step in context.Tree.BackOfficeStepsToRuleOut)
            {
                if (ruledOut == null || ruledOut.IsAbsentOrEmpty(step))
                {
                    var where = ruledOut?.Anchor ?? back.Anchor;
                    context.Sink.Report(RecordRules.GlpiStepsNotRuledOut, where, step, back.FieldPath(RecordKeys.RuledOutOptions) + "." + step);
                    continue;
                }

                var reason = ruledOut.Text(step);
                if (reason != null)
                {
                    JustificationCheck.CheckText(context, ruledOut.FieldPath(step), reason.Value, reason.Position);
                }
            }
        }
    }
}
