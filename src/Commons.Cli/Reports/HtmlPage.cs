using System.Globalization;
using System.IO;

namespace Commons.Cli.Reports
{
    /// <summary>
    /// The frame of every HTML page the CLI writes (the fleet report, the trend, the policy diff): inline CSS, a Content-Security-Policy
    /// that allows no script and no fetch, so the page opens offline from a CI artifact or an e-mail and runs nothing.
    /// </summary>
    internal static class HtmlPage
    {
        private const string Style = @"
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1e1e1e;background:#f6f6f6}
header{background:#000091;color:#fff;padding:1.2rem 2rem}header h1{margin:0;font-size:1.5rem}header p{margin:.3rem 0 0}
main{padding:1rem 2rem;max-width:80rem}section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.5rem;margin:1rem 0}
h2{font-size:1.2rem;margin-top:0}h3{font-size:1rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #e5e5e5;text-align:left;padding:.3rem .5rem;vertical-align:top;font-size:.92rem}th{background:#f0f0f8}
.num{text-align:right}.error{color:#ce0500;font-weight:600}.warning{color:#b34000;font-weight:600}.ok{color:#18753c;font-weight:600}.tier{color:#666;font-style:italic}
.badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.85rem;border:1px solid currentColor}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}
.card b{display:block;font-size:1.6rem}code{font-size:.88rem;overflow-wrap:break-word}nav a{margin-right:.8rem}.muted{color:#666}";

        /// <summary>The charts' layout: the drawing and its table side by side, the table below on a narrow screen; colours kept in print.</summary>
        private const string ChartStyle = @"
figure.chart{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start;margin:0 0 1.5rem}figure.chart figcaption{flex-basis:100%;font-weight:600}
figure.chart svg{flex:0 0 auto;max-width:100%;height:auto;-webkit-print-color-adjust:exact;print-color-adjust:exact}
figure.chart table{width:auto;flex:1 1 16rem}figure.chart svg text{font-family:inherit;font-size:12px;fill:#1e1e1e}
@media print{section{break-inside:avoid}}";

        public static void Begin(TextWriter html, CultureInfo culture, string title, string subtitle) =>
            Begin(html, culture, title, extraStyle: "", subtitle);

        /// <param name="extraStyle">CSS of the page's own (the diff's added and removed rows), after the shared style.</param>
        /// <param name="subtitles">One paragraph each under the title.</param>
        public static void Begin(TextWriter html, CultureInfo culture, string title, string extraStyle, params string[] subtitles)
        {
            html.Write("<!DOCTYPE html>\n<html lang=\"" + Html.Encode(culture.TwoLetterISOLanguageName) + "\">\n<head>\n<meta charset=\"utf-8\">\n");
            html.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            // No script, no remote resource: the page must open offline and run nothing. The charts are inline SVG.
            html.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
            html.Write("<title>" + Html.Encode(title) + "</title>\n<style>" + Style + ChartStyle + extraStyle + "</style>\n</head>\n<body>\n");
            html.Write("<header><h1>" + Html.Encode(title) + "</h1>");
            foreach (var subtitle in subtitles)
            {
                html.Write("<p>" + Html.Encode(subtitle) + "</p>");
            }

            html.Write("</header>\n<main>\n");
        }

        public static void End(TextWriter html) => html.Write("</main>\n</body>\n</html>\n");
    }
}
