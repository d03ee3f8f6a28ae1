namespace Commons.Cli.Reports.Charts
{
    /// <summary>A texture over a bar's colour, so two series differ in grey print and for colour-blind readers too.</summary>
    internal enum FillPattern
    {
        Solid,
        Hatch,
        Dots,
        Cross,
    }
}
