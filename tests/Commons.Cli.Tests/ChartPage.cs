using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Commons.Cli.Tests;

/// <summary>
/// Reads the charts of a page back: each <c>&lt;figure class="chart"&gt;</c> is parsed as XML (the writer promises
/// well-formed output), and every number drawn on a bar is compared with the table beside it.
/// </summary>
internal static class ChartPage
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static IReadOnlyList<XElement> Figures(string page) =>
        Regex.Matches(page, "<figure class=\"chart\".*?</figure>", RegexOptions.Singleline).Select(m => XElement.Parse(m.Value)).ToList();

    public static XElement Figure(string page, string id) => Assert.Single(Figures(page), f => (string?)f.Attribute("id") == id);

    /// <summary>The table beside the chart: label → its cells (one per series, then the total when there are several).</summary>
    public static List<(string Label, int[] Cells)> Table(XElement figure) =>
        figure.Element("table")!.Element("tbody")!.Elements("tr")
            .Select(tr => (tr.Element("th")!.Value, tr.Elements("td").Select(td => int.Parse(td.Value)).ToArray()))
            .ToList();

    /// <summary>The bars as drawn: label → value per series (0 when no bar), the total written after the bar.</summary>
    public static List<(string Label, int[] Values, int Total)> Bars(XElement figure, int series) =>
        figure.Element(Svg + "svg")!.Elements(Svg + "g").Where(g => (string?)g.Attribute("class") == "row")
            .Select(g =>
            {
                var values = new int[series];
                foreach (var rect in g.Elements(Svg + "rect"))
                {
                    values[(int)rect.Attribute("data-series")!] = (int)rect.Attribute("data-value")!;
                }

                // A number written inside a segment is that segment's value.
                foreach (var text in g.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "value"))
                {
                    Assert.Equal(values[(int)text.Attribute("data-series")!], int.Parse(text.Value));
                }

                var total = int.Parse(g.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "total").Value);
                return ((string)g.Attribute("data-label")!, values, total);
            })
            .ToList();

    /// <summary>
    /// The structure every chart must have (role, title and text alternative named by aria-labelledby, nothing
    /// external), and every number drawn equal to the table's, row for row. Returns the table.
    /// </summary>
    public static List<(string Label, int[] Cells)> AssertConsistent(XElement figure)
    {
        var svg = figure.Element(Svg + "svg");
        if (svg == null)
        {
            // Nothing to draw: one sentence says so, and there is no table of nothing.
            Assert.Equal("muted", (string?)figure.Element("p")?.Attribute("class"));
            Assert.Null(figure.Element("table"));
            return new List<(string Label, int[] Cells)>();
        }

        Assert.Equal("img", (string?)svg.Attribute("role"));
        var id = (string)figure.Attribute("id")!;
        Assert.Equal(id + "-title " + id + "-desc", (string?)svg.Attribute("aria-labelledby"));
        var title = svg.Elements().First();
        Assert.Equal(Svg + "title", title.Name);
        Assert.Equal(id + "-title", (string?)title.Attribute("id"));
        Assert.Equal(figure.Element("figcaption")!.Value, title.Value);
        var desc = svg.Element(Svg + "desc")!;
        Assert.Equal(id + "-desc", (string?)desc.Attribute("id"));
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Name.LocalName is "script" or "image" or "foreignObject" or "a" or "use");
        Assert.All(svg.DescendantsAndSelf().Attributes(), a =>
        {
            Assert.False(a.Name.LocalName.StartsWith("on", StringComparison.Ordinal), a.ToString());
            Assert.DoesNotContain("href", a.Name.LocalName);
            Assert.True(!a.Value.Contains("url(") || Regex.IsMatch(a.Value, "^url\\(#" + id + "-[0-9A-F]{6}-[a-z]+\\)$"), a.ToString());
        });

        var table = Table(figure);
        var series = figure.Element("table")!.Element("thead")!.Descendants("th").Count() - 1;
        series = series > 1 ? series - 1 : series; // the total column of a chart of several series
        var bars = Bars(figure, series);
        Assert.Equal(table.Select(r => r.Label), bars.Select(b => b.Label));
        var names = figure.Element("table")!.Element("thead")!.Descendants("th").Skip(1).Take(series).Select(th => th.Value).ToList();
        var end = desc.Value.Length;
        foreach (var ((label, cells), (_, values, total)) in table.Zip(bars).Reverse())
        {
            Assert.Equal(cells.Take(series), values);
            Assert.Equal(series == 1 ? cells[0] : cells[series], total);
            Assert.Equal(values.Sum(), total);

            // The text alternative ends with every row, in order, each with its values in series order.
            var start = desc.Value.LastIndexOf(label, end - 1, StringComparison.Ordinal);
            Assert.True(start >= 0, label + " is not in the text alternative");
            var said = names.Aggregate(desc.Value.Substring(start + label.Length, end - start - label.Length), (text, name) => text.Replace(name, string.Empty));
            Assert.Equal(values, Regex.Matches(said, "\\d+").Select(m => int.Parse(m.Value)));
            end = start;
        }

        return table;
    }
}
