using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Commons.Analyzers
{
    /// <summary>
    /// Reports a brick where the build sees it outside C#: a brick's host in the project's JSON configuration
    /// (appsettings*.json: a FranceConnect authority, the address API's base URL) and a <c>PackageReference</c> of a
    /// catalog package in the files that declare the project's packages (the project file, Directory.Build.props, a
    /// GlobalPackageReference in Directory.Packages.props), at
    /// their line. The package hands these files over as AdditionalFiles marked with a role (CommonsRole=config or
    /// packages), as it does the record; files listed by hand are recognised by name. Same verdict and words as
    /// <c>commons scan</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BrickFileAnalyzer : BrickAnalyzer
    {
        internal const string ConfigRole = "config";
        internal const string PackagesRole = "packages";

        /// <summary>It reads additional files only, never syntax: generated code is no concern of it.</summary>
        private protected override GeneratedCodeAnalysisFlags GeneratedCode => GeneratedCodeAnalysisFlags.None;

        private protected override void OnSessionStart(CompilationStartAnalysisContext context, AnalysisSession session)
        {
            var hosts = session.Hosts;
            var packages = session.Packages;
            if (hosts.IsEmpty && packages.Count == 0)
            {
                return;
            }

            context.RegisterAdditionalFileAction(c =>
            {
                var role = RoleOf(c.Options, c.AdditionalFile);
                if (role == ConfigRole && !hosts.IsEmpty)
                {
                    ReportHosts(c, hosts, session.Reporter);
                }
                else if (role == PackagesRole && packages.Count > 0)
                {
                    ReportPackages(c, packages, session.Reporter);
                }
            });
        }

        /// <summary>The role the package gave the file, else what its name says (a file listed by hand).</summary>
        internal static string? RoleOf(AnalyzerOptions options, AdditionalText file)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(AnalysisSession.RecordRoleKey, out var role) && !string.IsNullOrWhiteSpace(role))
            {
                return role.Trim().ToLowerInvariant();
            }

            var name = Path.GetFileName(file.Path);
            if (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                return ConfigRole;
            }

            return name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "Directory.Build.props", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "Directory.Packages.props", StringComparison.OrdinalIgnoreCase)
                ? PackagesRole
                : null;
        }

        private static void ReportHosts(AdditionalFileAnalysisContext context, HostMatcher hosts, BrickReporter reporter)
        {
            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text == null)
            {
                return;
            }

            var name = Path.GetFileName(context.AdditionalFile.Path);
            foreach (var line in text.Lines)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var content = line.ToString();
                foreach (var match in hosts.FindAll(content))
                {
                    if (reporter.Owners.TryGetValue(match.Owner, out var owner))
                    {
                        var span = new TextSpan(line.Start + match.Start, match.Length);
                        var found = new FoundText("Found_ConfigHost", content.Substring(match.Start, match.Length), name);
                        reporter.Report(context.ReportDiagnostic, owner, Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)), found);
                    }
                }
            }
        }

        private static void ReportPackages(AdditionalFileAnalysisContext context, List<(string Pattern, SignatureOwner Owner)> packages, BrickReporter reporter)
        {
            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text == null)
            {
                return;
            }

            var name = Path.GetFileName(context.AdditionalFile.Path);
            foreach (var mention in PackageReferences.In(text.ToString()))
            {
                var owner = packages.FirstOrDefault(p => PackageReferences.Matches(p.Pattern, mention.Id)).Owner;
                if (owner == null || mention.Line > text.Lines.Count)
                {
                    continue;
                }

                var start = text.Lines[mention.Line - 1].Start + mention.Column - 1;
                var span = new TextSpan(start, mention.Id.Length);
                reporter.Report(context.ReportDiagnostic, owner, Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)), new FoundText("Found_Package", mention.Id, name));
            }
        }

        /// <summary>Each catalog package pattern with the brick or group it belongs to, in catalog order.</summary>
        internal static List<(string Pattern, SignatureOwner Owner)> PackageOwners(BrickReporter reporter)
        {
            var result = new List<(string, SignatureOwner)>();
            foreach (var owner in reporter.Owners.Values)
            {
                result.AddRange(owner.Bricks[0].Signatures.Packages.Select(p => (p, owner)));
            }

            foreach (var (signatures, owner) in reporter.Groups)
            {
                result.AddRange(signatures.Packages.Select(p => (p, owner)));
            }

            return result;
        }
    }
}
