using System.Collections.Generic;
using Commons.Engine.Catalog;

namespace Commons.Cli.Reports
{
    /// <summary>One shared brick that the fleet's code rebuilds: the findings under its analyzer ID, and where.</summary>
    internal sealed class BrickReimplementation
    {
        public BrickReimplementation(Brick brick, IReadOnlyList<string> repositories, int findings, int errors, string helpUri)
        {
            Brick = brick;
            Repositories = repositories;
            Findings = findings;
            Errors = errors;
            HelpUri = helpUri;
        }

        public Brick Brick { get; }

        /// <summary>The repositories that rebuild it, each once, in report order.</summary>
        public IReadOnlyList<string> Repositories { get; }

        public int Findings { get; }

        public int Errors { get; }

        /// <summary>The help link of the first finding, the one the report shows.</summary>
        public string HelpUri { get; }
    }
}
