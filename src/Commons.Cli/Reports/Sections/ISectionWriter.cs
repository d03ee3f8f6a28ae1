using System.IO;

namespace Commons.Cli.Reports.Sections
{
    /// <summary>One part of the fleet page, written from the report's context. Every text from data goes through <see cref="Html.Encode"/>.</summary>
    internal interface ISectionWriter
    {
        void Write(ReportContext context, TextWriter html);
    }
}
