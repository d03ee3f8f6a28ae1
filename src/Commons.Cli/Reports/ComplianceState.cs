namespace Commons.Cli.Reports
{
    /// <summary>Where one repository of a scan stands, the worst first: what the fleet report's first chart counts.</summary>
    internal enum ComplianceState
    {
        /// <summary>No commons-decision.yml at all.</summary>
        NoRecord,

        /// <summary>At least one error (in the record or in the code).</summary>
        Errors,

        /// <summary>Warnings only.</summary>
        Warnings,

        /// <summary>No finding.</summary>
        Compliant,
    }
}
