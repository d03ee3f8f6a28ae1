using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;

namespace Commons.Build
{
    /// <summary>
    /// The identity of the build in progress, the same in every MSBuild node: the GUID that Commons.BuildSession.proj
    /// draws when it is evaluated. MSBuild builds a project instance (a path and its global properties) once per build
    /// and gives every later caller, on any node, the cached result; the project is built with every inherited global
    /// property removed, so all projects of the build (any configuration, target framework or platform) ask for the
    /// same instance. Node processes share no memory, and <c>RegisterTaskObject</c> is per node: this is how they agree.
    /// </summary>
    internal static class BuildSession
    {
        public const string TargetName = "CommonsBuildSession";

        /// <summary>The build's identity, or null when it cannot be had (no session project, an engine without the call).</summary>
        public static string? Of(IBuildEngine? engine, string? sessionProject)
        {
            if (string.IsNullOrWhiteSpace(sessionProject) || !File.Exists(sessionProject) ||
                !(engine is IBuildEngine6 withGlobals) || !(engine is IBuildEngine3 builder))
            {
                return null;
            }

            // Every global property this project inherited is removed, and the path is made canonical (the targets reach it
            // from build/, buildTransitive/ or buildMultiTargeting/): the session project must be one instance per build.
            IList<string> inherited = withGlobals.GetGlobalProperties().Keys.ToList();
            var result = builder.BuildProjectFilesInParallel(
                new[] { Path.GetFullPath(sessionProject) }, new[] { TargetName }, new IDictionary[] { new Hashtable() }, new[] { inherited }, new string?[] { null }, returnTargetOutputs: true);
            if (!result.Result || result.TargetOutputsPerProject.Count == 0 ||
                !result.TargetOutputsPerProject[0].TryGetValue(TargetName, out var outputs) || outputs.Length != 1)
            {
                return null;
            }

            var session = outputs[0].ItemSpec;
            return IsSessionId(session) ? session : null;
        }

        /// <summary>32 hexadecimal digits, as the session project writes them: it becomes a folder name.</summary>
        private static bool IsSessionId(string text) =>
            text.Length == 32 && text.All(c => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
