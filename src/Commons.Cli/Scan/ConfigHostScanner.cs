using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;

namespace Commons.Cli.Scan
{
    /// <summary>
    /// The catalog's hosts in configuration: JSON (appsettings*.json and the like, comments allowed), YAML
    /// (application.yml, docker-compose…), XML (web.config, Spring contexts), TOML, .properties and .env. A
    /// FranceConnect authority or a SendGrid endpoint configured there reimplements a brick as surely as one written in
    /// code. Each file is read by its format's parser: only values count, never comments; a file the parser refuses is
    /// skipped with the parser's reason. Lock files and manifests are left out: they name packages, not services.
    /// A set of keys that configures a brick's service (an SMTP host and port) or a storage client's class wired by
    /// name is indirect evidence (<see cref="ConfiguredServices"/>). A data file reports each brick once, at its
    /// first occurrence, with their number: a vendored OpenAPI spec is one finding, not one per URL.
    /// </summary>
    internal sealed class ConfigHostScanner : IRepositoryScanner
    {
        public string NameKey => "Scanner_Configuration";

        private static readonly HashSet<string> NotConfiguration = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "package-lock.json", "package.json", "npm-shrinkwrap.json", "packages.lock.json", "project.assets.json",
            "tsconfig.json", "global.json", "launchSettings.json", "composer.lock", "composer.json", "Pipfile.lock",
            "pnpm-lock.yaml", "packages.config", "nuget.config",
            // The policy's own files name the bricks' hosts on purpose.
            Engine.Record.RecordValidator.FileName, BrickCatalog.OrganisationFileName,
        };

        /// <summary>The catalog format: <c>bricks:</c> at the root, entries with <c>signatures:</c>.</summary>
        private static readonly System.Text.RegularExpressions.Regex IsBrickCatalog = new System.Text.RegularExpressions.Regex(
            @"^bricks:[ \t]*(#.*)?\r?$[\s\S]*^[ \t]+signatures:", System.Text.RegularExpressions.RegexOptions.Multiline | ManifestReaders.Linear);

        public IEnumerable<Finding> Scan(ScanContext context)
        {
            var matcher = HostMatcher.For(context.Catalog);
            var settings = new ConfiguredServices(context);
            var findings = new List<Finding>();
            foreach (var file in context.Files.All)
            {
                var format = FormatOf(file);
                if (format == null || BuildOutput.Contains(context, file))
                {
                    continue;
                }

                var text = TextFile.Read(file, context, format.Value.Name, checkLines: false);
                if (text == null)
                {
                    continue;
                }

                if (format.Value.Name == "YAML" && LooksLikeBrickCatalog(text))
                {
                    // A brick catalog (the policy's rules/catalog.yml, a copy of it) lists the hosts to look for.
                    context.Ledger.Skip(context.Repository.Display(file), CliText.Get("Skip_Catalog", context.Culture));
                    continue;
                }

                // The configuration readers hold no pattern: a refusal is the parser's, with its reason.
                var values = TextFile.Parse(file, text, context, format.Value.Name, format.Value.Read);
                if (values == null)
                {
                    continue;
                }

                var evidence = new FileEvidence();
                foreach (var value in values)
                {
                    if (value.Value.IndexOf('.') < 0)
                    {
                        continue;
                    }

                    var matches = matcher.FindAll(value.Value);
                    if (matches.Count > 0 && ListedOnly.IsListingKey(value.Key))
                    {
                        // A CSP directive or an allow-list names hosts it lets through, it calls none of them.
                        continue;
                    }

                    foreach (var match in matches)
                    {
                        var host = value.Value.Substring(match.Start, match.Length);
                        // Where the host is written: the value's own text when it was not escaped, else the value's start.
                        // Only as far as a host written there can be: a search to the file's end for each host would be quadratic.
                        var from = Math.Min(value.Offset, text.Length);
                        var at = text.IndexOf(host, from, Math.Min(text.Length - from, value.Value.Length + 64 + host.Length), StringComparison.OrdinalIgnoreCase);
                        evidence.Add(new[] { match.Owner }, at >= 0 && at - value.Offset <= value.Value.Length + 64 ? at : value.Offset, "Found_ConfigHost", host, null);
                    }
                }

                if (!TestCode.Contains(context.Repository, file))
                {
                    // Keys and wired classes configure a service: a test fixture's copy of them configures a test.
                    settings.Find(values, evidence);
                }

                findings.AddRange(evidence.Findings(context, file, text));
            }

            return findings;
        }

        private static bool LooksLikeBrickCatalog(string text) => IsBrickCatalog.IsMatch(text);

        /// <summary>The configuration format of a file by its name, or null for a file that is not configuration.</summary>
        internal static (string Name, Func<string, IEnumerable<ConfigurationValue>> Read)? FormatOf(string path)
        {
            var name = Path.GetFileName(path);
            if (NotConfiguration.Contains(name))
            {
                return null;
            }

            var extension = Path.GetExtension(name).ToLowerInvariant();
            switch (extension)
            {
                case ".json":
                    return ("JSON", ConfigurationValues.Json);
                case ".yml":
                case ".yaml":
                    return ("YAML", ConfigurationValues.Yaml);
                case ".xml":
                case ".config":
                    return ("XML", ConfigurationValues.Xml);
                case ".toml":
                    return ("TOML", ConfigurationValues.Toml);
                case ".properties":
                    return ("Properties", ConfigurationValues.Properties);
            }

            // env.d/: the environment files of La Suite numérique's projects (env.d/development/common), dotenv by content.
            var inEnvFolder = string.Equals(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), "env.d", StringComparison.OrdinalIgnoreCase)
                || string.Equals(Path.GetFileName(Path.GetDirectoryName(path)), "env.d", StringComparison.OrdinalIgnoreCase);
            return name.Equals(".env", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase) || extension == ".env"
                || (inEnvFolder && (extension.Length == 0 || extension == ".dist"))
                ? ("dotenv", ConfigurationValues.DotEnv)
                : ((string, Func<string, IEnumerable<ConfigurationValue>>)?)null;
        }
    }
}
