using System;
using System.IO;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Files;
using Commons.Engine.Record;
using Commons.Engine.Yaml;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Commons.Build
{
    /// <summary>
    /// The bricks whose <c>fournisseur</c> claim holds in this repository (a git remote or a packed package named by
    /// the shipped catalog), for the analyzers: they read no file, so they trust only the claims the build vouches for
    /// (property CommonsVerifiedProviders). Looks further only when the record mentions <c>fournisseur</c>; the record check
    /// reports the others (CN0203). Never throws: on failure nothing is verified, and the analyzers keep reporting.
    /// </summary>
    public sealed class VerifyCommonsProviders : Task
    {
        /// <summary>The record the package found at evaluation.</summary>
        public string? RecordPath { get; set; }

        /// <summary>The verified bricks, comma separated (a ';' would start a comment in the generated .editorconfig).</summary>
        [Output]
        public string VerifiedProviders { get; private set; } = string.Empty;

        public override bool Execute()
        {
            try
            {
                // Most records claim nothing: a look at the text spares the parse and the repository walk.
                // The bounded reader: a FIFO or /dev/zero named commons-decision.yml must not stall or exhaust the build.
                if (string.IsNullOrWhiteSpace(RecordPath) || !File.Exists(RecordPath) ||
                    !(new BoundedFileReader(ReaderLimits.Default.MaxBytes).ReadText(RecordPath!) is string text) ||
                    text.IndexOf(BrickChoices.Provider, StringComparison.Ordinal) < 0)
                {
                    return true;
                }

                var facts = RepositoryFacts.Near(RecordPath!);
                var record = new RecordValidator(new ValidationOptions { Repository = facts }).ValidateFile(RecordPath!).Record;
                var claims = record?.Bricks.Values.Where(b => b.Choice == BrickChoices.Provider).ToList();
                if (claims == null || claims.Count == 0)
                {
                    return true;
                }

                VerifiedProviders = string.Join(",", claims
                    .Select(c => BrickCatalog.Embedded.Find(c.BrickId))
                    .Where(b => b != null && ProviderVerification.Check(b, facts).Verified)
                    .Select(b => b!.Id));
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException || ex is StackOverflowException))
            {
                VerifiedProviders = string.Empty;
                Log.LogMessage(MessageImportance.Low, "Commons: the fournisseur claims could not be verified: " + ex.Message);
            }

            return true;
        }
    }
}
