using System.Text;
using System.Text.RegularExpressions;

namespace Commons.Engine.Tests;

/// <summary>
/// Expected findings written where they are expected: <c>{|ID:text|}</c> (or <c>{|ID:|}</c> for a point) marks a
/// finding of rule ID at the first character of <c>text</c>. Lines and columns count from 1 in the unmarked text.
/// </summary>
internal static class FindingMarkup
{
    private static readonly Regex Open = new(@"\{\|(?<id>CN[0-9]{4}):", RegexOptions.CultureInvariant);

    public static (string Text, (string Id, int Line, int Column)[] Expected) Parse(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var expected = new List<(string, int, int)>();
        var line = 1;
        var column = 1;
        var open = 0;
        for (var i = 0; i < marked.Length;)
        {
            var start = Open.Match(marked, i);
            if (start.Success && start.Index == i)
            {
                expected.Add((start.Groups["id"].Value, line, column));
                open++;
                i += start.Length;
                continue;
            }

            if (open > 0 && string.CompareOrdinal(marked, i, "|}", 0, 2) == 0)
            {
                open--;
                i += 2;
                continue;
            }

            var c = marked[i++];
            text.Append(c);
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        Assert.True(open == 0, "a {|ID: marker is not closed with |}");
        return (text.ToString(), expected.OrderBy(e => e.Item2).ThenBy(e => e.Item3).ToArray());
    }
}
