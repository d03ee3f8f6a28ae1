using System.Collections.Generic;
using Commons.Engine.Findings;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// One way of looking at a repository beyond its record: C# code (the brick analyzers), JSON configuration, package
    /// references. Scanners are independent and run in parallel; each returns findings with paths relative to PATH.
    /// </summary>
    internal interface IRepositoryScanner
    {
        /// <summary>The scanner's name in CliMessages (<c>Scanner_CSharp</c>…), so a failure says which scanner failed.</summary>
        string NameKey { get; }

        IEnumerable<Finding> Scan(ScanContext context);
    }
}
