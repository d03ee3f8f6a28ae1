using System;
using System.IO;
using System.Text.RegularExpressions;
using Commons.Engine.Findings;

namespace Commons.Engine.Record
{
    /// <summary>
    /// CN0016: the record's <c># yaml-language-server: $schema=</c> line names a schema no editor can read, so the editor
    /// checks nothing while the record is typed. The line is found as yaml-language-server finds it (a comment of the
    /// header, before the first content line) and resolved the same way (relative to the record's folder). Only what is
    /// certain offline is reported: a local path that does not exist or is a folder, or an address in a scheme the
    /// server does not read. An http(s) address is not checked: that would need the network, which check never uses.
    /// The schema file itself is never opened (its path may lead anywhere).
    /// </summary>
    internal static class SchemaLineCheck
    {
        private static readonly Regex Modeline = new Regex(@"^#\s+(?:yaml-language-server\s*:|\$schema:)", RegexOptions.CultureInvariant);
        private static readonly Regex Reference = new Regex(@"\$schema(?:=|:[^\S\r\n]*)(\S+)", RegexOptions.CultureInvariant);
        private static readonly Regex Scheme = new Regex(@"^[A-Za-z][A-Za-z0-9+.-]+:", RegexOptions.CultureInvariant);

        public static void Check(string text, string recordPath, FindingSink sink)
        {
            var lineNumber = 0;
            foreach (var line in text.Split('\n'))
            {
                lineNumber++;
                var content = line.TrimEnd('\r');
                if (content.Trim().Length == 0)
                {
                    continue;
                }

                if (!content.StartsWith("#", StringComparison.Ordinal))
                {
                    return; // the header's comments end at the first content line: a modeline further down is not read
                }

                if (!Modeline.IsMatch(content))
                {
                    continue;
                }

                // The first modeline of the header is the one the server reads.
                var match = Reference.Match(content);
                if (match.Success)
                {
                    var reference = match.Groups[1];
                    CheckReference(reference.Value, recordPath, sink, new SourcePosition(lineNumber, reference.Index + 1));
                }

                return;
            }
        }

        private static void CheckReference(string reference, string recordPath, FindingSink sink, SourcePosition position)
        {
            if (reference.Equals("none", StringComparison.OrdinalIgnoreCase)
                || reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return; // no schema on purpose, or an address only the editor's network can judge
            }

            string path;
            if (reference.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            {
                if (!Uri.TryCreate(reference, UriKind.Absolute, out var uri) || !uri.IsFile)
                {
                    sink.ReportVariant(RecordRules.SchemaUnreadable, position, "Scheme", reference);
                    return;
                }

                path = uri.LocalPath;
            }
            else if (Scheme.IsMatch(reference))
            {
                sink.ReportVariant(RecordRules.SchemaUnreadable, position, "Scheme", reference);
                return;
            }
            else
            {
                var hash = reference.IndexOf('#');
                var local = hash > 0 ? reference.Substring(0, hash) : reference;
                try
                {
                    path = Path.IsPathRooted(local) ? local : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(recordPath)) ?? ".", local);
                }
                catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
                {
                    sink.Report(RecordRules.SchemaUnreadable, position, reference);
                    return;
                }
            }

            if (Directory.Exists(path))
            {
                sink.ReportVariant(RecordRules.SchemaUnreadable, position, "Folder", reference);
            }
            else if (!File.Exists(path))
            {
                sink.Report(RecordRules.SchemaUnreadable, position, reference);
            }
        }
    }
}
