using System.Text;
using Commons.Engine.Findings;
using Commons.Engine.Record;
using YamlDotNet.RepresentationModel;

namespace Commons.Reliability.Tests;

/// <summary>
/// What must hold for any input, valid or not: the engine does not throw, every finding is a known rule with a
/// message and a position inside the file, an input that is not even YAML has at least one error, a result without
/// errors comes with a record, and the same input gives the same findings.
/// </summary>
public static class RecordInvariants
{
    private static readonly HashSet<string> KnownIds = RecordRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Validates <paramref name="bytes"/> and returns what is wrong (null when every invariant holds).</summary>
    public static string? Violations(RecordValidator validator, byte[] bytes)
    {
        ValidationResult result;
        try
        {
            result = validator.ValidateBytes(bytes, "commons-decision.yml");
        }
        catch (Exception ex)
        {
            return "threw " + ex;
        }

        var problems = new List<string>();
        var text = Encoding.UTF8.GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var lines = SplitLines(text);
        foreach (var finding in result.Findings)
        {
            if (!KnownIds.Contains(finding.Id))
            {
                problems.Add("unknown rule id " + finding.Id);
            }

            if (string.IsNullOrWhiteSpace(finding.Message) || finding.Message.Contains("{0}", StringComparison.Ordinal))
            {
                problems.Add("empty or unformatted message: " + finding);
            }

            if (!Inside(lines, bytes, finding))
            {
                problems.Add("position outside the file (" + lines.Count + " line(s)" +
                             (finding.Line <= lines.Count ? ", line " + finding.Line + " has " + lines[finding.Line - 1].Length + " char(s)" : string.Empty) + "): " + finding);
            }
        }

        var errors = result.Findings.Count(f => f.Severity == FindingSeverity.Error);
        if (errors == 0 && result.Record == null)
        {
            problems.Add("no error, yet no record");
        }

        if (errors == 0 && !IsWellFormedYaml(bytes, text))
        {
            problems.Add("not well-formed YAML (or not UTF-8, or a control character), yet no error");
        }

        var again = validator.ValidateBytes(bytes, "commons-decision.yml");
        if (!again.Findings.Select(Key).SequenceEqual(result.Findings.Select(Key)))
        {
            problems.Add("a second run gave other findings");
        }

        return problems.Count == 0 ? null : string.Join("\n", problems) + "\nfindings:\n" + string.Join("\n", result.Findings);
    }

    private static string Key(Finding f) => f.Id + f.Position + f.Message;

    /// <summary>Lines as editors and YamlDotNet count them: CRLF, CR, LF, NEL, LS and PS all end a line.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                lines.Add(text.Substring(start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text.Substring(start));
        return lines;
    }

    /// <summary>
    /// The line exists, and the column is at most one past its end (the end of a line is where "expected more"
    /// errors point). Columns count UTF-16 characters; for undecodable bytes, the line's bytes.
    /// </summary>
    private static bool Inside(List<string> lines, byte[] bytes, Finding finding)
    {
        if (finding.Line < 1 || finding.Column < 1 || finding.Line > lines.Count)
        {
            return false;
        }

        var line = lines[finding.Line - 1];
        var width = Math.Max(line.Length, Encoding.UTF8.GetByteCount(line));
        return finding.Column <= width + 1;
    }

    private static bool IsWellFormedYaml(byte[] bytes, string text)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (text.Any(c => (c < ' ' && c != '\t' && c != '\r' && c != '\n') || c == '\u007F' || c == '\uFFFE' || c == '\uFFFF'))
        {
            return false;
        }

        try
        {
            new YamlStream().Load(new StringReader(text));
            return true;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return false;
        }
        catch (Exception)
        {
            // YamlDotNet's own model may fail on inputs the engine's event reader handles (it is not the oracle's job
            // to be right about those): count them as well-formed, so the check only ever asks for more errors.
            return true;
        }
    }
}
