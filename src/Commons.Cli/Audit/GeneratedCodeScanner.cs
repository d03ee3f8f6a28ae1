using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Files;

namespace Commons.Cli.Audit
{
    /// <summary>
    /// The audit's scanners of generated-code bypasses: a generated marker on a file that holds brick code (CN0961),
    /// and <c>generated_code = true</c> in .editorconfig over hand-written files (CN0962).
    /// </summary>
    internal static class GeneratedCodeScanner
    {
        private static readonly Regex EditorConfigSection = new Regex(@"^\s*\[(?<glob>.+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        private static readonly Regex GeneratedCodeSetting = new Regex(@"^\s*generated_code\s*=\s*true\s*([#;](?<comment>.*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

        /// <summary>How many hand-written files under a generated_code setting are read for brick code: enough to name the bricks.</summary>
        private const int MaxFilesReadPerSetting = 200;

        /// <summary>CN0961: a generated-code marker on a file that holds brick code. Returns whether the file is marked generated.</summary>
        internal static bool ScanGeneratedMarker(string file, string name, string[] lines, Lazy<BrickSignatureIndex> signatures, List<AuditItem> items)
        {
            var marker = GeneratedCodeMarkers.Find(name, lines);
            if (marker == null)
            {
                return false;
            }

            var (rules, line) = signatures.Value.Find(string.Join("\n", lines));
            if (rules.Count > 0)
            {
                // A name alone marks the file: locate the first brick signature, the code the name would hide.
                var where = marker.Line > 0 ? marker.Line : line;
                var detail = marker.Text + (marker.Line > 0 ? string.Empty : " (" + Path.GetFileName(file) + ")") + ", brick code line " + line.ToString(CultureInfo.InvariantCulture);
                items.Add(new AuditItem(AuditKind.GeneratedMarker, file, where, marker.Line > 0 ? marker.Column : 1, rules, marker.HeaderWords, detail));
            }

            return true;
        }

        /// <summary>The <c>generated_code = true</c> lines of an .editorconfig, with their section and comment.</summary>
        internal static IEnumerable<(string File, int Line, string Glob, string? Comment)> GeneratedCodeSettings(string file, string[] lines)
        {
            string? section = null;
            for (var i = 0; i < lines.Length; i++)
            {
                var header = EditorConfigSection.Match(lines[i]);
                if (header.Success)
                {
                    section = header.Groups["glob"].Value.Trim();
                    continue;
                }

                var setting = GeneratedCodeSetting.Match(lines[i]);
                if (setting.Success && section != null)
                {
                    var comment = setting.Groups["comment"].Success ? setting.Groups["comment"].Value.Trim() : SuppressionScanner.PreviousLineComment(lines, i, "#", ";");
                    yield return (file, i + 1, section, comment);
                }
            }
        }

        /// <summary>CN0962: a <c>generated_code = true</c> section that covers C# files no generator marked.</summary>
        internal static void ScanGeneratedFolder(string root, BoundedFileReader reader, (string File, int Line, string Glob, string? Comment) setting, List<(string File, bool Generated)> csharpFiles, Lazy<BrickSignatureIndex> signatures, List<AuditItem> items)
        {
            var folder = Engine.Text.DisplayPath.WithForwardSlashes(Path.GetDirectoryName(setting.File)!);
            var prefix = folder.Length == 0 ? string.Empty : folder + "/";
            Regex glob;
            try
            {
                glob = EditorConfigGlob.ToRegex(setting.Glob);
            }
            catch (ArgumentException)
            {
                return; // a section name no regex can express: the compiler would not match it either
            }

            var handWritten = csharpFiles
                .Where(f => !f.Generated && f.File.StartsWith(prefix, StringComparison.Ordinal) && glob.IsMatch(f.File.Substring(prefix.Length)))
                .Select(f => f.File)
                .ToList();
            if (handWritten.Count == 0)
            {
                return;
            }

            var rules = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var file in handWritten.Take(MaxFilesReadPerSetting))
            {
                // Read whole by the audit's loop already (the others are CN0964 items): a refusal here changes nothing.
                if (reader.ReadText(Path.Combine(root, file)) is string text)
                {
                    rules.UnionWith(signatures.Value.Find(text).Rules);
                }
            }

            var detail = "[" + setting.Glob + "]: " + handWritten.Count.ToString(CultureInfo.InvariantCulture) + " file(s), " + handWritten[0];
            items.Add(new AuditItem(AuditKind.GeneratedFolder, setting.File, setting.Line, 1, rules.Count > 0 ? rules.ToList() : new List<string> { "CN1xxx" }, setting.Comment, detail));
        }
    }
}
