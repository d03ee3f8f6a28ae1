using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Commons.Engine.Findings;
using Microsoft.Build.Framework;

namespace Commons.Build
{
    /// <summary>
    /// Who prints a record's findings in full in this build: the first project, on any node, to create the claim file
    /// <c>TEMP/commons-analyzers/SESSION/KEY</c>. Creating a file that must not exist is atomic across processes, so two
    /// nodes never both win. The key is what the findings are (record, language, date, and each finding's kind, rule and
    /// position), not their words: a missing record's CN0001 names each project's own folder, and is still printed once.
    /// A record edited during the build, another language or another date prints its own. The claim is deleted when
    /// the build ends (a registered task object is disposed then).
    /// </summary>
    internal sealed class ReportClaim : IDisposable
    {
        private readonly string _path;

        private ReportClaim(string path)
        {
            _path = path;
        }

        /// <summary>
        /// True when this project prints the findings: it took the claim, or the claim could not be made at all
        /// (temp folder not writable): a finding printed twice is better than a finding never printed.
        /// </summary>
        public static bool TryTake(IBuildEngine? engine, string session, string key)
        {
            var folder = Path.Combine(Path.GetTempPath(), "commons-analyzers", session);
            var path = Path.Combine(folder, key);
            try
            {
                Directory.CreateDirectory(folder);
                using (new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                }
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException)
            {
                return true;
            }

            (engine as IBuildEngine4)?.RegisterTaskObject(typeof(ReportClaim).FullName + "|" + path, new ReportClaim(path), RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
            return true;
        }

        /// <summary>A file name for the findings as they would be logged: 64 hexadecimal digits.</summary>
        public static string Key(string recordPath, string language, string today, IReadOnlyList<Finding> findings, bool warningsAsErrors)
        {
            var text = new StringBuilder(recordPath).Append('\n').Append(language).Append('\n').Append(today).Append('\n');
            foreach (var finding in findings)
            {
                var error = finding.Severity == FindingSeverity.Error || warningsAsErrors;
                text.Append(error ? "error " : "warning ").Append(finding.Id).Append(' ')
                    .Append(finding.FilePath).Append('(').Append(finding.Line).Append(',').Append(finding.Column).Append(")\n");
            }

            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
                var hex = new StringBuilder(hash.Length * 2);
                foreach (var b in hash)
                {
                    hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }

                return hex.ToString();
            }
        }

        /// <summary>At the end of the build: the claim, then the session's folder once the last claim in it is gone.</summary>
        public void Dispose()
        {
            try
            {
                File.Delete(_path);
                var folder = Path.GetDirectoryName(_path);
                if (folder != null && Directory.GetFileSystemEntries(folder).Length == 0)
                {
                    Directory.Delete(folder);
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Another node's claim still in the folder, or a file in use: the temp folder's own cleaning takes it.
            }
        }
    }
}
