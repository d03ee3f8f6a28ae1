using System.Linq;
using Commons.Engine.Findings;

namespace Commons.Engine.Record
{
    /// <summary>
    /// <c>referentiel</c>: GLPI for simple needs without precise control over the data model;
    /// specific development otherwise.
    /// </summary>
    internal static class ReferentialSection
    {
        public static void Check(ValidationContext context, MappingReader referential)
        {
            var tree = context.Tree;
            var needsEntry = referential.Entry(RecordKeys.Needs);
            var needs = referential.EnumList(RecordKeys.Needs, tree.ReferentialNeeds).Select(n => n.Value).ToList();
            var needsHint = context.Sink.Text("Hint_ReferentialNeeds", string.Join(", ", tree.ReferentialNeeds));
            if (needsEntry == null)
            {
                referential.ReportMissing(RecordKeys.Needs, needsHint);
            }
            else if (needs.Count == 0 && (needsEntry.Value is Yaml.ScalarNode empty && empty.IsNull || needsEntry.Value is Yaml.SequenceNode list && list.Items.Count == 0))
            {
                // An empty list would make any choice look justified: the question is which needs there are.
                context.Sink.Report(RecordRules.RequiredMissing, needsEntry.Key.Position, referential.FieldPath(RecordKeys.Needs), needsHint);
            }

            bool? control = null;
            if (referential.IsAbsentOrEmpty(RecordKeys.DataModelControl))
            {
                referential.ReportMissing(RecordKeys.DataModelControl, context.Sink.Text("Hint_DataModelControl"));
            }
            else
            {
                control = referential.Bool(RecordKeys.DataModelControl);
            }

            var solution = SectionSolution.Read(context, referential, tree.ReferentialSolutions, "Hint_ReferentialSolution");
            if (solution == null)
            {
                JustificationCheck.CheckIfPresent(context, referential);
                return;
            }

            if (solution.Value == tree.ReferentialCommon && control == true)
            {
                var where = referential.Entry(RecordKeys.DataModelControl)!.Value.Position;
                context.Sink.Report(RecordRules.GlpiWithDataModelControl, where, tree.ReferentialSpecific);
            }

            if (solution.Value == tree.ReferentialSpecific)
            {
                var onlySimple = needs.Count > 0 && needs.All(n => tree.ReferentialSimpleNeeds.Contains(n));
                if (control == false && onlySimple)
                {
                    context.Sink.Report(RecordRules.SpecificReferentialForSimpleNeeds, solution.Position, string.Join(", ", needs), tree.ReferentialCommon);
                }

                JustificationCheck.Require(context, referential, context.Sink.Text("Hint_ReferentialJustification"));
            }
            else
            {
                JustificationCheck.CheckIfPresent(context, referential);
            }
        }
    }
}
