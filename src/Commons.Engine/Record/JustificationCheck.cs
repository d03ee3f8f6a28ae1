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
        public static void Require(ValidationContext context, MappingReader reader, string hint) => Require(context, reader, hint, null);

        /// <summary>
        /// A brick's exception: its placeholder (the code fix writes one) is reported with the command that writes the
        /// real reason, <c>commons exception add</c>, since that is how a team without the IDE fills it in.
        /// </summary>
        public static void RequireForException(ValidationContext context, MappingReader brick, string brickId, string hint) =>
            Require(context, brick, hint, brickId);

        private static void Require(ValidationContext context, MappingReader reader, string hint, string? brickId)
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

            var text = scalar?.Value ?? string.Empty;
            var position = scalar?.Position ?? entry.Key.Position;
            if (brickId == null)
            {
                CheckText(context, reader.FieldPath(RecordKeys.Justification), text, position);
            }
            else if (IsPlaceholder(context, text))
            {
                context.Sink.ReportVariant(RecordRules.PlaceholderJustification, position, "Exception",
                    reader.FieldPath(RecordKeys.Justification), text.Trim(), context.Tree.JustificationMinimumWords, brickId, WrittenExpiry(context, reader));
            }
        }

        /// <summary>The exception's echeance as written when it is a date, so the command can be pasted as it is.</summary>
        private static string WrittenExpiry(ValidationContext context, MappingReader brick) =>
            brick.Entry(RecordKeys.Expiry)?.Value is ScalarNode expiry
            && System.DateTime.TryParseExact(expiry.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? expiry.Value
                : context.Sink.Text("Placeholder_Date");

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
