using System.IO;

namespace Commons.Cli.Reports
{
    /// <summary>
    /// An extra section of the HTML report, written after the fleet summary. The hook for the integrity section
    /// (<c>commons check --audit</c>, branch reliability): it implements this and is passed to
    /// <see cref="HtmlReportWriter.Write"/>; without one, the report says that no integrity audit was run.
    /// </summary>
    public interface IReportSection
    {
        /// <summary>The anchor of the section (<c>integrity</c> for the audit).</summary>
        string Id { get; }

        string Title { get; }

        /// <summary>Writes the section's body as HTML; every text taken from data must go through <see cref="Html.Encode"/>.</summary>
        void WriteBody(TextWriter html);
    }
}
