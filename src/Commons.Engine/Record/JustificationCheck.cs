using System.Globalization;
using System.Linq;
using System.Text;
using Commons.Engine.Findings;
using Commons.Engine.Yaml;

namespace Commons.Engine.Record
{
    /// <summary>
    /// A justification is a reason a reviewer can read: not empty, not "TODO", not one word. The
    /// placeholder words and the minimum length come from rules/tree.yml.
    /// </summary>
    internal static class JustificationCheck
    {
        /// <summary>Reads <paramref name="reader"/>'s justification; reports it missing (with <paramref name="hint"/>) or a placeholder.</summary>
        public static void Require(ValidationContext context, MappingReader reader, string hint)
        {
            var entry = reader.Entry(RecordKeys.Justification);
            var scalar = reader.Scalar(RecordKeys.Justification);
            if (entry == null || (scalar == null && !(entry.Value is ScalarNode)))
            {
                if (entry == null)
                {
                    reader.ReportMissing(RecordKeys.Justification, hint);
                }

                return;
            }

            CheckText(context, reader.FieldPath(RecordKeys.Justification), scalar?.Value ?? string.Empty, scalar?.Position ?? entry.Key.Position);
        }

        /// <summary>Checks a justification that is present but not required.</summary>
        public static void CheckIfPresent(ValidationContext context, MappingReader reader)
        {
            var entry = reader.Entry(RecordKeys.Justification);
            if (entry != null && entry.Value is ScalarNode)
            {
                var scalar = reader.Scalar(RecordKeys.Justification);
                CheckText(context, reader.FieldPath(RecordKeys.Justification), scalar?.Value ?? string.Empty, scalar?.Position ?? entry.Key.Position);
            }
        }

        public static void CheckText(ValidationContext context, string field, string text, SourcePosition position)
        {
            if (IsPlaceholder(context, text))
            {
                context.Sink.Report(RecordRules.PlaceholderJustification, position, field, text.Trim(), context.Tree.JustificationMinimumWords);
            }
        }

        public static bool IsPlaceholder(ValidationContext context, string text)
        {
            var normalized = Normalize(text);
            if (normalized.Length == 0 || context.Tree.JustificationPlaceholders.Contains(normalized))
            {
                return true;
            }

            if (context.Tree.JustificationPlaceholderPrefixes.Any(p => StartsWithWord(normalized, p)))
            {
                return true;
            }

            var words = normalized.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            return words.Length < context.Tree.JustificationMinimumWords;
        }

        /// <summary>"todo: x" and "todo x" start with the word "todo"; "todolist" does not.</summary>
        private static bool StartsWithWord(string text, string prefix) =>
            text.StartsWith(prefix, System.StringComparison.Ordinal) && (text.Length == prefix.Length || !char.IsLetterOrDigit(text[prefix.Length]));

        /// <summary>Lower case, no accents, punctuation at the ends trimmed, runs of spaces collapsed.</summary>
        internal static string Normalize(string text)
        {
            var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length);
            var lastWasSpace = false;
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                var isSpace = char.IsWhiteSpace(c);
                if (isSpace && lastWasSpace)
                {
                    continue;
                }

                builder.Append(isSpace ? ' ' : c);
                lastWasSpace = isSpace;
            }

            var result = builder.ToString().Trim();
            var trimmed = result.Trim('.', ':', '!', ' ', ';', ',');
            return trimmed.Length == 0 ? result : trimmed;
        }
    }
}
