using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Commons.Engine.Findings;
using Commons.Engine.Yaml;

namespace Commons.Engine.Record
{
    /// <summary>
    /// Writes an exception for a brick into the text of commons-decision.yml, line by line so the rest of the file
    /// (comments, order, quoting) stays as the team wrote it. Shared by the code fix (a placeholder justification that
    /// the record's rules flag, CN0014, until a person writes the real reason) and <c>commons exception add</c>.
    /// </summary>
    public static class RecordEditor
    {
        public const string PlaceholderJustification = "À compléter : pourquoi le commun ne convient pas encore, et le plan pour y passer";
        public const int ExpiryDays = 90;

        private const string NotAMapping = "the record's root is not a mapping of keys";

        public static string NewRecord(string brickId, DateTime today) => NewRecord(new[] { brickId }, today);

        /// <summary>A record holding only exceptions for these bricks: the record's rules then ask for the rest.</summary>
        public static string NewRecord(IEnumerable<string> brickIds, DateTime today) => AddExceptions("version: 1\n", brickIds, today);

        /// <summary>Adds the brick's exception with the placeholder justification and an echeance <see cref="ExpiryDays"/> days away.</summary>
        public static string AddException(string text, string brickId, DateTime today) => AddException(text, brickId, Placeholder(today));

        /// <summary>Adds one exception per brick, each once, in the order given (the code fix's Fix All).</summary>
        public static string AddExceptions(string text, IEnumerable<string> brickIds, DateTime today) =>
            brickIds.Distinct(StringComparer.Ordinal).Aggregate(text, (current, brick) => AddException(current, brick, today));

        /// <summary>Adds the brick's exception, or replaces the brick's existing entry (short or long form).</summary>
        /// <exception cref="RecordNotEditableException">The record cannot be read: its own findings say why.</exception>
        public static string AddException(string text, string brickId, ExceptionEntry exception)
        {
            var newline = text.Contains("\r\n") ? "\r\n" : "\n";
            var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
            var root = Read(text);
            var bricks = root?.Find("briques");
            string result;
            if (bricks == null)
            {
                while (lines.Count > 0 && lines[lines.Count - 1].Trim().Length == 0)
                {
                    lines.RemoveAt(lines.Count - 1);
                }

                lines.Add("briques:");
                lines.AddRange(Entry(brickId, "  ", exception).TrimEnd('\n').Split('\n'));
                result = string.Join("\n", lines) + "\n";
            }
            else
            {
                result = Complete(lines, bricks, brickId, exception);
            }

            return result.Replace("\n", newline);
        }

        private static string Complete(List<string> lines, MappingEntry bricks, string brickId, ExceptionEntry exception)
        {
            var sectionLine = bricks.Key.Position.Line - 1;
            var indent = "  ";
            if (bricks.Value is MappingNode map && map.Entries.Count > 0)
            {
                indent = new string(' ', map.Entries[0].Key.Position.Column - 1);
                var existing = map.Find(brickId);
                if (existing != null)
                {
                    var start = existing.Key.Position.Line - 1;
                    var end = EndOfEntry(lines, start, existing.Key.Position.Column - 1);
                    lines.RemoveRange(start, end - start);
                    lines.InsertRange(start, Entry(brickId, indent, exception).TrimEnd('\n').Split('\n'));
                    return string.Join("\n", lines);
                }
            }
            else if (bricks.Value is ScalarNode)
            {
                lines[sectionLine] = "briques:"; // "briques: {}" or an empty value becomes a block mapping
            }

            lines.InsertRange(sectionLine + 1, Entry(brickId, indent, exception).TrimEnd('\n').Split('\n'));
            return string.Join("\n", lines);
        }

        /// <summary>The line after the entry: the next line indented no deeper than its key (blank lines and comments belong to it).</summary>
        private static int EndOfEntry(List<string> lines, int start, int keyIndent)
        {
            var end = start + 1;
            while (end < lines.Count)
            {
                var line = lines[end];
                var content = line.TrimStart(' ');
                if (content.Length > 0 && !content.StartsWith("#", StringComparison.Ordinal) && line.Length - content.Length <= keyIndent)
                {
                    break;
                }

                end++;
            }

            while (end > start + 1 && lines[end - 1].Trim().Length == 0)
            {
                end--; // keep the blank lines that separate it from what follows
            }

            return end;
        }

        private static ExceptionEntry Placeholder(DateTime today) => new ExceptionEntry(PlaceholderJustification, today.AddDays(ExpiryDays));

        private static string Entry(string brickId, string indent, ExceptionEntry exception) =>
            indent + brickId + ":\n"
            + indent + "  choix: exception\n"
            + indent + "  justification: " + DoubleQuoted(exception.Justification) + "\n"
            + indent + "  echeance: " + exception.Echeance.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\n";

        /// <summary>A YAML double-quoted scalar: whatever the person typed (quotes, colons, a leading '#') stays text.</summary>
        private static string DoubleQuoted(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>
        /// The record's root mapping, null for an empty record. A record the reader refuses (a syntax error, a tab, a
        /// root that is not a mapping) is not edited: written line by line, it would get a second <c>briques:</c> key.
        /// </summary>
        private static MappingNode? Read(string text)
        {
            var sink = new FindingSink(null, CultureInfo.InvariantCulture);
            Node? root;
            try
            {
                root = RecordYamlReader.Read(text, sink, ReaderLimits.Default);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                throw new RecordNotEditableException(ex.Message, ex);
            }

            var error = sink.Findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error);
            if (error != null)
            {
                throw new RecordNotEditableException(error.ToCanonicalString(), null);
            }

            return root == null ? null : root as MappingNode ?? throw new RecordNotEditableException(NotAMapping, null);
        }
    }
}

