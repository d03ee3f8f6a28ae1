using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;

namespace Commons.Cli.Audit
{
    /// <summary>
    /// The audit's text scanners of the rules' weakenings, one per format: pragmas and [SuppressMessage] in C#,
    /// severities in .editorconfig / .globalconfig, NoWarn and CommonsEnforcement in MSBuild files and on the command
    /// lines of CI scripts; and how each finds the comment that justifies what it found.
    /// </summary>
    internal static class SuppressionScanner
    {
        /// <summary>The rules the audit watches: the analyzers' brick rules (CN1xxx) and, for NoWarn, every CN rule.</summary>
        private static readonly Regex BrickId = new Regex(@"\bCN1\d{3}\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        private static readonly Regex AnyId = new Regex(@"\bCN\d{4}\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        private static readonly Regex Pragma = new Regex(@"^\s*#\s*pragma\s+warning\s+disable\b(?<ids>[^/]*)(?<comment>//.*)?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        private static readonly Regex SuppressAttribute = new Regex(@"SuppressMessage(Attribute)?\s*\((?<args>[^)]*)\)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        private static readonly Regex JustificationArgument = new Regex(@"Justification\s*=\s*@?""(?<text>(?:[^""\\]|\\.|"""")*)""", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        private static readonly Regex ConfigSeverity = new Regex(@"^\s*(?<key>dotnet_diagnostic\.(?<id>CN\d{4})\.severity|dotnet_analyzer_diagnostic\.(?<cat>category-[^\s=]+)\.severity|dotnet_analyzer_diagnostic\.severity)\s*=\s*(?<value>none|silent|suggestion)\s*(?<comment>[#;].*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

        private static readonly Regex NoWarnElement = new Regex(@"<NoWarn\b[^>]*>(?<value>[^<]*)</NoWarn>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

        private static readonly Regex NoWarnSwitch = new Regex(@"[-/]nowarn:(?<value>[^\s""']+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

        private static readonly Regex EnforcementElement = new Regex(@"<CommonsEnforcement\b[^>]*>\s*false\s*</CommonsEnforcement>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

        private static readonly Regex EnforcementSwitch = new Regex(@"[-/]p(roperty)?:CommonsEnforcement=""?false\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

        private static readonly Regex XmlComment = new Regex(@"<!--(?<text>.*?)-->", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        private static readonly Regex ScriptComment = new Regex(@"(^|\s)(#|//|::|REM\s)(?<text>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

        internal static void ScanCSharp(string file, string[] lines, List<AuditItem> items)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var pragma = Pragma.Match(line);
                if (pragma.Success)
                {
                    var ids = BrickIds(pragma.Groups["ids"].Value);
                    if (ids.Count > 0)
                    {
                        var comment = pragma.Groups["comment"].Success ? pragma.Groups["comment"].Value.TrimStart('/').Trim() : PreviousLineComment(lines, i, "//");
                        items.Add(new AuditItem(AuditKind.PragmaSuppression, file, i + 1, line.IndexOf('#') + 1, ids, comment, line.Trim()));
                    }

                    continue;
                }

                if (line.IndexOf("SuppressMessage", StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                // The attribute may span a few lines: read up to the closing parenthesis.
                var text = line;
                for (var j = i + 1; j < lines.Length && j < i + 8 && text.IndexOf(')', text.IndexOf("SuppressMessage", StringComparison.Ordinal)) < 0; j++)
                {
                    text += " " + lines[j].Trim();
                }

                foreach (Match attribute in SuppressAttribute.Matches(text))
                {
                    var ids = BrickIds(attribute.Groups["args"].Value);
                    if (ids.Count > 0)
                    {
                        var justification = JustificationArgument.Match(attribute.Groups["args"].Value);
                        var column = line.IndexOf("SuppressMessage", StringComparison.Ordinal) + 1;
                        items.Add(new AuditItem(AuditKind.SuppressMessage, file, i + 1, column, ids, justification.Success ? justification.Groups["text"].Value : null, Shorten(attribute.Value)));
                    }
                }
            }
        }

        internal static void ScanConfig(string file, string[] lines, List<AuditItem> items)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var match = ConfigSeverity.Match(lines[i]);
                if (!match.Success)
                {
                    continue;
                }

                string rule;
                if (match.Groups["id"].Success)
                {
                    rule = match.Groups["id"].Value.ToUpperInvariant();
                    if (!BrickId.IsMatch(rule))
                    {
                        continue;
                    }
                }
                else if (match.Groups["cat"].Success)
                {
                    // Only the analyzers' own categories (Commons.Bricks, Commons.Catalog) concern the policy.
                    rule = match.Groups["cat"].Value;
                    if (rule.IndexOf("Commons", StringComparison.OrdinalIgnoreCase) < 0)
                    {
                        continue;
                    }
                }
                else
                {
                    rule = "*";
                }

                var comment = match.Groups["comment"].Success ? match.Groups["comment"].Value.TrimStart('#', ';').Trim() : PreviousLineComment(lines, i, "#", ";");
                items.Add(new AuditItem(AuditKind.ConfigSeverity, file, i + 1, lines[i].Length - lines[i].TrimStart().Length + 1, new[] { rule }, comment, match.Groups["value"].Value.ToLowerInvariant()));
            }
        }

        internal static void ScanMsBuild(string file, string[] lines, List<AuditItem> items)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                foreach (Match noWarn in NoWarnElement.Matches(line))
                {
                    var ids = AnyId.Matches(noWarn.Groups["value"].Value).Cast<Match>().Select(m => m.Value).Distinct().ToList();
                    if (ids.Count > 0)
                    {
                        items.Add(new AuditItem(AuditKind.NoWarn, file, i + 1, noWarn.Index + 1, ids, XmlCommentNear(lines, i), Shorten(noWarn.Value)));
                    }
                }

                var enforcement = EnforcementElement.Match(line);
                if (enforcement.Success)
                {
                    items.Add(new AuditItem(AuditKind.EnforcementDisabled, file, i + 1, enforcement.Index + 1, new[] { DiagnosticIds.EnforcementDisabled }, XmlCommentNear(lines, i), enforcement.Value));
                }
            }
        }

        internal static void ScanScript(string file, string[] lines, List<AuditItem> items)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                foreach (Match noWarn in NoWarnSwitch.Matches(line))
                {
                    var ids = AnyId.Matches(noWarn.Groups["value"].Value).Cast<Match>().Select(m => m.Value).Distinct().ToList();
                    if (ids.Count > 0)
                    {
                        items.Add(new AuditItem(AuditKind.NoWarn, file, i + 1, noWarn.Index + 1, ids, ScriptCommentNear(lines, i), noWarn.Value));
                    }
                }

                var enforcement = EnforcementSwitch.Match(line);
                if (enforcement.Success)
                {
                    items.Add(new AuditItem(AuditKind.EnforcementDisabled, file, i + 1, enforcement.Index + 1, new[] { DiagnosticIds.EnforcementDisabled }, ScriptCommentNear(lines, i), enforcement.Value));
                }
            }
        }

        internal static List<string> BrickIds(string text) =>
            BrickId.Matches(text).Cast<Match>().Select(m => m.Value).Distinct().ToList();

        internal static string? PreviousLineComment(string[] lines, int index, params string[] markers)
        {
            if (index == 0)
            {
                return null;
            }

            var previous = lines[index - 1].Trim();
            foreach (var marker in markers)
            {
                if (previous.StartsWith(marker, StringComparison.Ordinal))
                {
                    return previous.Substring(marker.Length).TrimStart('/', '#', ';', ' ');
                }
            }

            return null;
        }

        internal static string? XmlCommentNear(string[] lines, int index)
        {
            var same = XmlComment.Match(lines[index]);
            if (same.Success)
            {
                return same.Groups["text"].Value;
            }

            if (index > 0)
            {
                var previous = XmlComment.Match(lines[index - 1].Trim());
                if (previous.Success && previous.Index == 0)
                {
                    return previous.Groups["text"].Value;
                }
            }

            return null;
        }

        internal static string? ScriptCommentNear(string[] lines, int index)
        {
            var same = ScriptComment.Match(lines[index]);
            if (same.Success)
            {
                return same.Groups["text"].Value;
            }

            return index > 0 ? PreviousLineComment(lines, index, "#", "//", "::", "REM ") : null;
        }

        internal static string Shorten(string text)
        {
            var single = Regex.Replace(text, @"\s+", " ").Trim();
            return single.Length <= 120 ? single : single.Substring(0, 117) + "...";
        }
    }
}
