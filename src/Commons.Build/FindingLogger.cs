using Commons.Engine.Findings;
using Microsoft.Build.Utilities;

namespace Commons.Build
{
    /// <summary>
    /// Writes a finding as an MSBuild error or warning with file, line, column, code and help link, so the
    /// console prints <c>path(line,col): error ID: message</c> and IDEs and CI annotators open the YAML line.
    /// </summary>
    internal static class FindingLogger
    {
        public static void Log(TaskLoggingHelper log, Finding finding, bool warningsAsErrors, string helpLink)
        {
            // No message arguments: the text is final, and braces in it must not be read as a format string.
            if (finding.Severity == FindingSeverity.Error || warningsAsErrors)
            {
                log.LogError(null, finding.Id, null, helpLink, finding.FilePath, finding.Line, finding.Column, 0, 0, finding.Message);
            }
            else
            {
                log.LogWarning(null, finding.Id, null, helpLink, finding.FilePath, finding.Line, finding.Column, 0, 0, finding.Message);
            }
        }
    }
}
