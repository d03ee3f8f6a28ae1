namespace Commons.Engine.Findings
{
    /// <summary>How serious a finding is. Errors fail the build; warnings follow the usual MSBuild rules.</summary>
    public enum FindingSeverity
    {
        Warning,
        Error,
    }
}
