using System;
using System.IO;
using System.Linq;
using Commons.Cli.Reports.Charts;

namespace Commons.Cli.Reports.Sections
{
    /// <summary>
    /// The charts at the top of the fleet page: repositories by compliance state, bricks by the number of repositories
    /// that rebuild them, exceptions by due month (past due apart). All three are drawn from <see cref="FleetFigures"/>.
    /// </summary>
    internal sealed class FleetCharts : ISectionWriter
    {
        private static readonly (ComplianceState State, ChartSwatch Swatch)[] States =
        {
            (ComplianceState.NoRecord, ChartPalette.Missing),
            (ComplianceState.Errors, ChartPalette.Error),
            (ComplianceState.Warnings, ChartPalette.Warning),
            (ComplianceState.Compliant, ChartPalette.Good),
        };

        public void Write(ReportContext context, TextWriter html)
        {
            html.Write("<section id=\"charts\"><h2>" + context.E("Chart_Section") + "</h2>\n");
            SvgBarChart.Write(Compliance(context), context.Culture, html);
            SvgBarChart.Write(Bricks(context), context.Culture, html);
            SvgBarChart.Write(Exceptions(context), context.Culture, html);
            html.Write("</section>\n");
        }

        internal static BarChart Compliance(ReportContext context)
        {
            var figures = context.Figures;
            var rows = States
                .Select(s => new ChartRow(context.T("Chart_State_" + s.State), new[] { figures.Count(s.State) }, s.Swatch, Names(figures.States.Where(r => r.State == s.State).Select(r => r.Repository.Name))))
                .ToList();
            var series = new[] { new ChartSeries(context.T("Html_Repositories"), ChartPalette.Neutral) };
            return new BarChart("chart-compliance", context.T("Chart_Compliance"), context.T("Chart_Compliance_Desc", context.Report.Repositories.Count), context.T("Html_State"), series, rows, context.T("Html_None"));
        }

        internal static BarChart Bricks(ReportContext context)
        {
            var rows = context.Figures.Bricks
                .Select(b => new ChartRow(b.Brick.Id + " (" + b.Brick.DiagnosticId + ")", new[] { b.Repositories.Count }, null, Names(b.Repositories)))
                .ToList();
            var series = new[] { new ChartSeries(context.T("Html_Repositories"), ChartPalette.Neutral) };
            return new BarChart("chart-bricks", context.T("Chart_Bricks"), context.T("Chart_Bricks_Desc"), context.T("Html_Brick"), series, rows, context.T("Html_NoBricks"));
        }

        internal static BarChart Exceptions(ReportContext context)
        {
            var noDate = context.T("Chart_NoDate");
            var rows = context.Figures.Exceptions
                .GroupBy(e => e.DueMonth)
                .OrderBy(g => g.Key == null).ThenBy(g => g.Key, StringComparer.Ordinal) // undated last
                .Select(g => new ChartRow(g.Key ?? noDate, new[] { g.Count(e => e.Expiry.IsPastDue), g.Count(e => e.Expiry.IsActive) }))
                .ToList();
            var series = new[] { new ChartSeries(context.T("Chart_PastDue"), ChartPalette.PastDue), new ChartSeries(context.T("Chart_Open"), ChartPalette.Neutral) };
            return new BarChart("chart-exceptions", context.T("Chart_Exceptions"), context.T("Chart_Exceptions_Desc", context.Report.Date), context.T("Chart_Month"), series, rows, context.T("Html_NoExceptions"));
        }

        /// <summary>The repositories behind a bar, for its tooltip: a few names, then how many more.</summary>
        private static string? Names(System.Collections.Generic.IEnumerable<string> names)
        {
            const int Shown = 10;
            var list = names.ToList();
            return list.Count == 0 ? null : string.Join(", ", list.Take(Shown)) + (list.Count > Shown ? ", … (" + list.Count + ")" : string.Empty);
        }
    }
}
