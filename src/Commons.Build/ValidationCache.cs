using System;
using System.IO;
using Commons.Engine.Catalog;
using Microsoft.Build.Framework;

namespace Commons.Build
{
    /// <summary>
    /// Remembers, for the length of one build, which records were already checked, through the build engine's
    /// task-object registry (<see cref="IBuildEngine4"/>). In a solution of many projects sharing one record,
    /// the record is parsed once per MSBuild node rather than once per project (who prints its findings, once per
    /// build across the nodes, is <see cref="ReportClaim"/>'s answer). The key holds the sizes and times of the record
    /// and of the organisation's catalog beside it, so either one edited during the build is checked again.
    /// </summary>
    internal static class ValidationCache
    {
        public static string Key(string recordPath, string today, string language, bool warningsAsErrors)
        {
            // The organisation's catalog beside the record changes the findings too (CN0211): its state is in the key.
            var catalogPath = OrganisationCatalogFile.PathIn(FolderOf(recordPath));

            // The assembly's identity is in the key: two versions of the package in one build never share objects.
            var version = typeof(ValidationCache).Assembly.ManifestModule.ModuleVersionId;
            return "Commons.Build.ValidationCache|" + version + "|" + recordPath + "|" + State(recordPath) + "|" + State(catalogPath) + "|" + today + "|" + language + "|" + warningsAsErrors;
        }

        /// <summary>The record's folder: where its organisation catalog lies.</summary>
        public static string FolderOf(string recordPath) => Path.GetDirectoryName(recordPath) ?? ".";

        /// <summary>A file's size and time, or why there are none.</summary>
        private static string State(string path)
        {
            try
            {
                var info = new FileInfo(path);
                return info.Exists ? info.Length + "@" + info.LastWriteTimeUtc.Ticks : "missing";
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                return "unreadable";
            }
        }

        public static CachedCheck? Get(IBuildEngine? engine, string key) =>
            (engine as IBuildEngine4)?.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) as CachedCheck;

        public static void Put(IBuildEngine? engine, string key, CachedCheck check) =>
            (engine as IBuildEngine4)?.RegisterTaskObject(key, check, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
    }
}
