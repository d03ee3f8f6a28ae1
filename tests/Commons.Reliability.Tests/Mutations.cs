using System.Text;
using CsCheck;

namespace Commons.Reliability.Tests;

/// <summary>What a mutation does to a record; the numbers pick the line, position or variant.</summary>
public enum MutationKind
{
    DeleteLine,
    DuplicateLine,
    SwapLines,
    MoveLine,
    SwapType,
    InsertControlCharacter,
    Truncate,
    FlipByte,
    DeepenNesting,
    GrowSize,
    Reindent,
    InsertLine,
}

public readonly record struct Mutation(MutationKind Kind, int A, int B)
{
    public override string ToString() => Kind + "(" + A + "," + B + ")";
}

/// <summary>One generated case: a valid record from the corpus and the mutations applied to it, in order.</summary>
public sealed record MutationCase(int BaseIndex, Mutation[] Mutations)
{
    public override string ToString() => "base " + BaseIndex + ": " + string.Join(", ", Mutations);
}

/// <summary>
/// Turns valid records into hostile ones. Everything is driven by plain numbers so CsCheck can generate and shrink
/// cases, and a case prints as a line that reproduces it.
/// </summary>
public static class Mutations
{
    /// <summary>Values of other YAML types (and of YAML features the record refuses) that replace a value.</summary>
    private static readonly string[] Replacements =
    {
        "", "[a, b]", "{x: 1}", "123", "true", "~", "\"quoted\"", "'single'", "&anchor value", "*alias", "!!str tagged",
        "|\n  literal block", ">", "2026-13-45", "- item", "null", "[", "{", "]", "}", ": :", "\"unterminated", "'x''", "0x1F",
        "-1e309", "[[[]]]", "? complex", "<<: *x", "- - -", "#comment only", "%TAG", "@at", "`backtick", "!local", "2026-02-30",
        "é€😀", "\\u0000", "{a: [b, {c: d}]}", "[a, b, a]", "yes", "NO", "on", "1.0", ".inf", "2099-01-01",
    };

    /// <summary>C0 controls, DEL, C1, line and paragraph separators, BOM, non-characters, lone surrogates, tab and CR.</summary>
    private static readonly string[] Controls =
    {
        "\0", "\u0001", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "\uFFFE",
        "\uFFFF", "\uD800", "\uDC00", "\t", "\r", "\r\n", "\n", "\u00A0", "\u200B", "\u202E",
    };

    /// <summary>Lines that are plausible in a record, or YAML structure the record refuses.</summary>
    private static readonly string[] Lines =
    {
        "version: 2", "version: 1", "projet:", "briques:", "  ged: exception", "  ged:", "    choix: exception", "    echeance: 2020-01-01",
        "---", "...", "%YAML 1.2", "? complex", "<<: *x", "site:", "  solution: specifique", "referentiel: {}", "inconnu: 1",
        "front-usagr:", "  besoins: [nir, franceconnect, inconnu]", "- liste", "  - liste", "\t tab: 1", "a: &a [1]", "b: *a",
        "  justification: TODO", "  justification: n/a", "back-office:\n  solution: glpi-api", "briques: []", "projet: ~",
        "  nature: autre", "  nature: site-editorial", "  date: demain", "  date: 2026-10-14T10:00:00", "'quoted key': 1", "\"\": vide",
    };

    /// <summary>Twice the engine's 1 MiB limit.</summary>
    public const int MaxLength = 2 * 1024 * 1024;

    public static Gen<Mutation> Mutation { get; } =
        Gen.Select(Gen.Int[0, 11], Gen.Int[0, 100_000], Gen.Int[0, 100_000], (k, a, b) => new Mutation((MutationKind)k, a, b));

    public static Gen<MutationCase> Case(int corpusSize, int maxMutations) =>
        Gen.Select(Gen.Int[0, corpusSize - 1], Mutation.Array[1, maxMutations], (i, m) => new MutationCase(i, m));

    /// <summary>The UTF-8 bytes of the record after every mutation (byte-level ones act on the bytes so far).</summary>
    public static byte[] Apply(string record, IEnumerable<Mutation> mutations)
    {
        var bytes = Encoding.UTF8.GetBytes(record);
        foreach (var m in mutations)
        {
            bytes = Apply(bytes, m);
            if (bytes.Length > MaxLength)
            {
                // Growth compounds (a long line repeated thousands of times); past twice the engine's limit, only
                // the size check runs anyway, so keep the cases cheap.
                bytes = bytes.AsSpan(0, MaxLength).ToArray();
            }
        }

        return bytes;
    }

    private static byte[] Apply(byte[] bytes, Mutation m)
    {
        switch (m.Kind)
        {
            case MutationKind.Truncate:
                return bytes.Length == 0 ? bytes : bytes.AsSpan(0, m.A % bytes.Length).ToArray();
            case MutationKind.FlipByte:
                if (bytes.Length == 0)
                {
                    return bytes;
                }

                var copy = (byte[])bytes.Clone();
                copy[m.A % copy.Length] ^= (byte)(1 << (m.B % 8));
                return copy;
        }

        // Text-level mutations: decode what we have (lossily: earlier flips may have broken UTF-8).
        var text = Encoding.UTF8.GetString(bytes);
        return Encoding.UTF8.GetBytes(ApplyText(text, m));
    }

    private static string ApplyText(string text, Mutation m)
    {
        var lines = text.Split('\n').ToList();
        int Line(int n) => n % lines.Count;
        switch (m.Kind)
        {
            case MutationKind.DeleteLine:
                lines.RemoveAt(Line(m.A));
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(Line(m.A), lines[Line(m.A)]);
                break;
            case MutationKind.SwapLines:
                (lines[Line(m.A)], lines[Line(m.B)]) = (lines[Line(m.B)], lines[Line(m.A)]);
                break;
            case MutationKind.MoveLine:
                var moved = lines[Line(m.A)];
                lines.RemoveAt(Line(m.A));
                lines.Insert(lines.Count == 0 ? 0 : m.B % (lines.Count + 1), moved);
                break;
            case MutationKind.SwapType:
            {
                var i = Line(m.A);
                var colon = lines[i].IndexOf(':');
                var replacement = Replacements[m.B % Replacements.Length];
                lines[i] = colon < 0 ? lines[i] + " " + replacement : lines[i].Substring(0, colon + 1) + " " + replacement;
                break;
            }
            case MutationKind.InsertControlCharacter:
            {
                var position = text.Length == 0 ? 0 : m.A % (text.Length + 1);
                return text.Insert(position, Controls[m.B % Controls.Length]);
            }
            case MutationKind.DeepenNesting:
            {
                var i = Line(m.A);
                var depth = 1 + m.B % 40;
                var colon = lines[i].IndexOf(':');
                var indent = lines[i].Length - lines[i].TrimStart(' ').Length;
                if (m.B % 2 == 0 || colon < 0)
                {
                    // Flow nesting on one line: [[[[ value ]]]].
                    var value = colon < 0 ? lines[i] : lines[i].Substring(colon + 1);
                    var nested = new string('[', depth) + value + new string(']', depth);
                    lines[i] = colon < 0 ? nested : lines[i].Substring(0, colon + 1) + " " + nested;
                }
                else
                {
                    // Block nesting: key:\n  n1:\n    n2: ... value.
                    var value = lines[i].Substring(colon + 1);
                    var block = new StringBuilder(lines[i].Substring(0, colon + 1));
                    for (var d = 1; d <= depth; d++)
                    {
                        block.Append('\n').Append(' ', indent + 2 * d).Append("n").Append(d).Append(':');
                    }

                    lines[i] = block.Append(value).ToString();
                }

                break;
            }
            case MutationKind.GrowSize:
            {
                var i = Line(m.A);
                if (m.B % 2 == 0)
                {
                    // Repeat a line (duplicates, or many list items) up to a few thousand times.
                    var count = 1 + m.B % 3000;
                    lines.InsertRange(i, Enumerable.Repeat(lines[i], count));
                }
                else
                {
                    // A very long value (up to ~400 KB).
                    lines[i] = lines[i] + new string('x', (m.B % 4000) * 100);
                }

                break;
            }
            case MutationKind.Reindent:
            {
                var i = Line(m.A);
                var delta = m.B % 7 - 3;
                lines[i] = delta >= 0 ? new string(' ', delta) + lines[i] : lines[i].Substring(Math.Min(lines[i].Length - lines[i].TrimStart(' ').Length, -delta));
                break;
            }
            case MutationKind.InsertLine:
                lines.Insert(lines.Count == 0 ? 0 : m.A % (lines.Count + 1), Mutations.Lines[m.B % Mutations.Lines.Length]);
                break;
        }

        return string.Join("\n", lines);
    }
}
