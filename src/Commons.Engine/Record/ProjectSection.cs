using System.Linq;
using Commons.Engine.Findings;

namespace Commons.Engine.Record
{
    /// <summary><c>projet</c>: who, what, when, and above all the nature that picks the branch of the tree.</summary>
    internal static class ProjectSection
    {
        public static NatureChoice? Check(ValidationContext context, MappingReader root)
        {
            var entry = root.Entry(RecordKeys.Project);
            if (entry == null)
            {
                root.ReportMissing(RecordKeys.Project, context.Sink.Text("Hint_Project"));
                return null;
            }

            var map = root.Mapping(RecordKeys.Project);
            if (map == null)
            {
                if (entry.Value is Yaml.ScalarNode scalar && scalar.IsNull)
                {
                    // "projet:" with nothing under it: the whole section is still to write, said once at its key.
                    context.Sink.Report(RecordRules.RequiredMissing, entry.Key.Position, RecordKeys.Project, context.Sink.Text("Hint_Project"));
                }

                return null;
            }

            var project = new MappingReader(context.Sink, map, RecordKeys.Project, entry.Key.Position, RecordKeys.ProjectKeys);
            RequireText(context, project, RecordKeys.Name, "Hint_Name");
            RequireText(context, project, RecordKeys.Owner, "Hint_Owner");
            context.Record.ProjectName = project.Text(RecordKeys.Name)?.Value;

            if (RequirePresent(context, project, RecordKeys.Date, context.Sink.Text("Hint_Date")))
            {
                project.Date(RecordKeys.Date);
            }

            if (!RequirePresent(context, project, RecordKeys.Nature, context.Sink.Text("Hint_Nature", string.Join(", ", context.Tree.Natures.Keys))))
            {
                return null;
            }

            var natureNode = project.Enum(RecordKeys.Nature, context.Tree.Natures.Keys.ToList());
            if (natureNode == null)
            {
                return null;
            }

            var nature = context.Tree.Natures[natureNode.Value];
            context.Record.Nature = nature.Id;

            if (nature.Id == RecordKeys.OtherNature)
            {
                RequireText(context, project, RecordKeys.Description, "Hint_Description");
            }

            return new NatureChoice(nature, natureNode.Position);
        }

        private static void RequireText(ValidationContext context, MappingReader reader, string key, string hintKey)
        {
            if (RequirePresent(context, reader, key, context.Sink.Text(hintKey)))
            {
                reader.Text(key);
            }
        }

        /// <summary>
        /// False after reporting a required key that is absent (at its section) or written with no value
        /// (at the key itself, which is where the value goes).
        /// </summary>
        private static bool RequirePresent(ValidationContext context, MappingReader reader, string key, string hint)
        {
            var entry = reader.Entry(key);
            if (entry == null)
            {
                reader.ReportMissing(key, hint);
                return false;
            }

            if (reader.IsAbsentOrEmpty(key))
            {
                context.Sink.Report(RecordRules.RequiredMissing, entry.Key.Position, reader.FieldPath(key), hint);
                return false;
            }

            return true;
        }
    }
}
