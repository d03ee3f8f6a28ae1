using System.Collections.Generic;
using Commons.Engine.Yaml;

namespace Commons.Engine.Record
{
    /// <summary>Reads the required <c>solution</c> of a section and records it for reports.</summary>
    internal static class SectionSolution
    {
        public static ScalarNode? Read(ValidationContext context, MappingReader section, IReadOnlyList<string> allowed, string hintKey)
        {
            if (section.IsAbsentOrEmpty(RecordKeys.Solution))
            {
                section.ReportMissing(RecordKeys.Solution, context.Sink.Text(hintKey, string.Join(", ", allowed)));
                return null;
            }

            var solution = section.Enum(RecordKeys.Solution, allowed);
            if (solution != null)
            {
                context.Record.SetSolution(section.Path, solution.Value);
            }

            return solution;
        }
    }
}
