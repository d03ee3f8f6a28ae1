using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Commons.Cli.Reports.Charts
{
    /// <summary>
    /// Draws a <see cref="BarChart"/> as inline SVG inside a <c>&lt;figure&gt;</c>, with the table of the same numbers
    /// beside it: no script, no external resource (the page's CSP allows neither), a <c>&lt;title&gt;</c> and a
    /// <c>&lt;desc&gt;</c> that says every value in words for screen readers. Every number is written on its bar, so
    /// neither colour nor pattern carries a value alone. Every text from data goes through <see cref="Html.Encode"/>;
    /// the output is well-formed XML, which the tests rely on to read it back.
    /// </summary>
    internal static class SvgBarChart
    {
        private const int Width = 640;
        private const int LabelRight = 236;
        private const int BarLeft = 244;
        private const int BarMax = 330;
        private const int RowHeight = 26;
        private const int BarHeight = 18;
        private const int LegendHeight = 24;
        private const int LabelChars = 34;

        /// <summary>Below this width a segment's number would not fit inside it: it stays in the table and the tooltip.</summary>
        private const int InnerTextMinWidth = 22;

        public static void Write(BarChart chart, CultureInfo culture, TextWriter html)
        {
            html.Write("<figure class=\"chart\" id=\"" + chart.Id + "\"><figcaption>" + Html.Encode(chart.Title) + "</figcaption>\n");
            if (chart.Rows.Count == 0)
            {
                html.Write("<p class=\"muted\">" + Html.Encode(chart.WhenEmpty) + "</p></figure>\n");
                return;
            }

            WriteSvg(chart, culture, html);
            WriteTable(chart, culture, html);
            html.Write("</figure>\n");
        }

        /// <summary>The text alternative: the description, then every row's values in words.</summary>
        public static string TextAlternative(BarChart chart, CultureInfo culture)
        {
            var rows = chart.Rows.Select(row => CliText.Format(culture, "Chart_AltRow", row.Label, ValuesInWords(chart, row, culture)));
            return chart.Description + " " + string.Join("; ", rows) + ".";
        }

        private static string ValuesInWords(BarChart chart, ChartRow row, CultureInfo culture) =>
            chart.Series.Count == 1
                ? Number(row.Values[0])
                : string.Join(", ", chart.Series.Select((s, i) => CliText.Format(culture, "Chart_AltPart", s.Name, Number(row.Values[i]))));

        private static void WriteSvg(BarChart chart, CultureInfo culture, TextWriter html)
        {
            var legend = LegendPlaces(chart);
            var top = legend.Count == 0 ? 0 : legend[legend.Count - 1].Y + LegendHeight;
            var height = top + chart.Rows.Count * RowHeight + 8;
            var max = Math.Max(1, chart.Rows.Max(r => r.Total));
            var id = chart.Id;
            html.Write("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + Width + "\" height=\"" + height + "\" viewBox=\"0 0 " + Width + " " + height + "\" aria-labelledby=\"" + id + "-title " + id + "-desc\">\n");
            html.Write("<title id=\"" + id + "-title\">" + Html.Encode(chart.Title) + "</title>\n");
            html.Write("<desc id=\"" + id + "-desc\">" + Html.Encode(TextAlternative(chart, culture)) + "</desc>\n");
            WriteDefs(chart, html);
            if (legend.Count > 0)
            {
                WriteLegend(chart, legend, html);
            }

            html.Write("<line x1=\"" + (BarLeft - 0.5).ToString(CultureInfo.InvariantCulture) + "\" y1=\"" + top + "\" x2=\"" + (BarLeft - 0.5).ToString(CultureInfo.InvariantCulture) + "\" y2=\"" + (height - 4) + "\" stroke=\"#1e1e1e\"/>\n");
            for (var r = 0; r < chart.Rows.Count; r++)
            {
                WriteRow(chart, chart.Rows[r], top + r * RowHeight, max, culture, html);
            }

            html.Write("</svg>\n");
        }

        private static void WriteRow(BarChart chart, ChartRow row, int y, int max, CultureInfo culture, TextWriter html)
        {
            var middle = y + RowHeight / 2 + 4;
            html.Write("<g class=\"row\" data-label=\"" + Html.Encode(row.Label) + "\">");
            html.Write("<text class=\"label\" x=\"" + LabelRight + "\" y=\"" + middle + "\" text-anchor=\"end\">" + Html.Encode(Shorten(row.Label)) + "</text>");
            var x = (double)BarLeft;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = row.Values[s];
                if (value == 0)
                {
                    continue;
                }

                var width = (double)value * BarMax / max;
                var swatch = chart.Series.Count == 1 && row.Swatch != null ? row.Swatch : chart.Series[s].Swatch;
                var tip = CliText.Format(culture, "Chart_AltRow", row.Label, chart.Series.Count == 1 ? Number(value) : CliText.Format(culture, "Chart_AltPart", chart.Series[s].Name, Number(value)))
                          + (row.Detail == null ? string.Empty : " — " + row.Detail);
                html.Write("<rect class=\"bar\" data-series=\"" + s + "\" data-value=\"" + Number(value) + "\" x=\"" + Coordinate(x) + "\" y=\"" + (y + (RowHeight - BarHeight) / 2) + "\" width=\"" + Coordinate(width) + "\" height=\"" + BarHeight + "\" fill=\"" + Fill(chart, swatch) + "\" stroke=\"#1e1e1e\" stroke-width=\"0.75\"><title>" + Html.Encode(tip) + "</title></rect>");
                if (chart.Series.Count > 1 && width >= InnerTextMinWidth)
                {
                    // A white halo under the digits keeps them readable over any colour or pattern.
                    html.Write("<text class=\"value\" data-series=\"" + s + "\" x=\"" + Coordinate(x + width / 2) + "\" y=\"" + middle + "\" text-anchor=\"middle\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">" + Number(value) + "</text>");
                }

                x += width;
            }

            html.Write("<text class=\"total\" x=\"" + Coordinate(x + 6) + "\" y=\"" + middle + "\">" + Number(row.Total) + "</text></g>\n");
        }

        private static void WriteLegend(BarChart chart, IReadOnlyList<(int X, int Y)> places, TextWriter html)
        {
            html.Write("<g class=\"legend\">");
            for (var i = 0; i < chart.Series.Count; i++)
            {
                var (x, y) = places[i];
                html.Write("<rect x=\"" + x + "\" y=\"" + (y + 4) + "\" width=\"14\" height=\"14\" fill=\"" + Fill(chart, chart.Series[i].Swatch) + "\" stroke=\"#1e1e1e\" stroke-width=\"0.75\"/>");
                html.Write("<text x=\"" + (x + 18) + "\" y=\"" + (y + 15) + "\">" + Html.Encode(Shorten(chart.Series[i].Name)) + "</text>");
            }

            html.Write("</g>\n");
        }

        /// <summary>
        /// Where each legend entry goes, left to right from the bars' edge, on as many lines as needed. The widths are an
        /// estimate (7 px a character): an SVG cannot measure its own text without a script.
        /// </summary>
        private static List<(int X, int Y)> LegendPlaces(BarChart chart)
        {
            var places = new List<(int X, int Y)>();
            if (chart.Series.Count < 2)
            {
                return places;
            }

            var (x, y) = (BarLeft, 0);
            foreach (var series in chart.Series)
            {
                var width = 30 + Math.Min(series.Name.Length, LabelChars) * 7;
                if (x > BarLeft && x + width > Width)
                {
                    (x, y) = (BarLeft, y + LegendHeight);
                }

                places.Add((x, y));
                x += width;
            }

            return places;
        }

        /// <summary>One pattern per swatch used, ids prefixed by the chart's so two charts of a page never share one.</summary>
        private static void WriteDefs(BarChart chart, TextWriter html)
        {
            var swatches = chart.Series.Select(s => s.Swatch).Concat(chart.Rows.Where(r => r.Swatch != null).Select(r => r.Swatch!))
                .Where(s => s.Pattern != FillPattern.Solid)
                .GroupBy(s => s.Key).Select(g => g.First()).ToList();
            if (swatches.Count == 0)
            {
                return;
            }

            html.Write("<defs>");
            foreach (var swatch in swatches)
            {
                var texture = swatch.Pattern switch
                {
                    FillPattern.Hatch => "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"2\"/>",
                    FillPattern.Cross => "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#fff\" stroke-width=\"1.5\"/><line x1=\"0\" y1=\"3\" x2=\"6\" y2=\"3\" stroke=\"#fff\" stroke-width=\"1.5\"/>",
                    _ => "<circle cx=\"3\" cy=\"3\" r=\"1.4\" fill=\"#fff\"/>",
                };
                var rotate = swatch.Pattern == FillPattern.Dots ? string.Empty : " patternTransform=\"rotate(45)\"";
                html.Write("<pattern id=\"" + chart.Id + "-" + swatch.Key + "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"" + rotate + "><rect width=\"6\" height=\"6\" fill=\"" + swatch.Colour + "\"/>" + texture + "</pattern>");
            }

            html.Write("</defs>\n");
        }

        private static string Fill(BarChart chart, ChartSwatch swatch) =>
            swatch.Pattern == FillPattern.Solid ? swatch.Colour : "url(#" + chart.Id + "-" + swatch.Key + ")";

        /// <summary>The same numbers as a table, for screen readers and copy-paste: the label, each series, the total.</summary>
        private static void WriteTable(BarChart chart, CultureInfo culture, TextWriter html)
        {
            var many = chart.Series.Count > 1;
            var head = new StringBuilder("<table class=\"chart-data\"><thead><tr><th scope=\"col\">" + Html.Encode(chart.LabelHeader) + "</th>");
            foreach (var series in chart.Series)
            {
                head.Append("<th scope=\"col\" class=\"num\">" + Html.Encode(series.Name) + "</th>");
            }

            if (many)
            {
                head.Append("<th scope=\"col\" class=\"num\">" + Html.Encode(CliText.Get("Chart_Total", culture)) + "</th>");
            }

            html.Write(head.Append("</tr></thead><tbody>\n").ToString());
            foreach (var row in chart.Rows)
            {
                html.Write("<tr><th scope=\"row\">" + Html.Encode(row.Label) + "</th>" + string.Concat(row.Values.Select(v => "<td class=\"num\">" + Number(v) + "</td>")));
                html.Write((many ? "<td class=\"num\">" + Number(row.Total) + "</td>" : string.Empty) + "</tr>\n");
            }

            html.Write("</tbody></table>\n");
        }

        /// <summary>Cut on a character boundary before escaping, so an entity is never split; the full label is in the table.</summary>
        private static string Shorten(string label) =>
            label.Length <= LabelChars ? label : label.Substring(0, char.IsHighSurrogate(label[LabelChars - 2]) ? LabelChars - 2 : LabelChars - 1) + "…";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Coordinate(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
