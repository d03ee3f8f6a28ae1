using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Commons.Cli.Output;
using Commons.Cli.Policy;
using Commons.Cli.Reports;
using Commons.Cli.Scan;
using Commons.Engine.Catalog;
using Spectre.Console;

namespace Commons.Cli.Commands
{
    /// <summary>
    /// <c>commons policy diff [PATH…] --tree FILE --catalog FILE</c>: for the people who maintain the policy, what a
    /// proposed tree or catalog would change in a fleet before it ships. The fleet is scanned twice, with the shipped
    /// policy and with the proposal, and the findings each repository gains and loses are printed.
    /// </summary>
    internal static class PolicyCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr, Func<IAnsiConsole?> terminal)
        {
            var c = CliText.RunCulture;
            var paths = new Argument<string[]>("path") { Description = PolicyText.Get("Diff_PathDescription", c), Arity = ArgumentArity.ZeroOrMore };
            CommonOptions.RejectUnknownOptions(paths, c);
            var options = new CommonOptions("text", "json") { FormatDescription = PolicyText.Get("Option_DiffFormat", c) };
            var tree = new Option<string?>("--tree") { Description = PolicyText.Get("Option_Tree", c) };
            var catalog = new Option<string?>("--catalog") { Description = PolicyText.Get("Option_Catalog", c) };
            var report = new Option<string?>("--report") { Description = CliText.Get("Option_Report", c) };
            var diff = new Command("diff", PolicyText.Get("Diff_Description", c)) { paths, tree, catalog, report };
            options.AddTo(diff);
            diff.SetAction(parse =>
            {
                var settings = options.Read(parse, stderr);
                if (settings == null)
                {
                    return ExitCodes.Usage;
                }

                var treePath = parse.GetValue(tree);
                var catalogPath = parse.GetValue(catalog);
                if (treePath == null && catalogPath == null)
                {
                    stderr.WriteLine("commons: " + PolicyText.Get("Diff_NothingProposed", settings.Culture));
                    return ExitCodes.Usage;
                }

                var given = parse.GetValue(paths) is { Length: > 0 } list ? list : new[] { "." };
                var missing = given.Where(p => !Directory.Exists(p)).ToList();
                foreach (var path in missing)
                {
                    stderr.WriteLine("commons: " + CliText.Format(settings.Culture, "Scan_NotAFolder", path));
                }

                var proposal = missing.Count == 0 ? ProposedPolicy.Load(treePath, catalogPath, settings.Culture, stderr) : null;
                if (proposal == null)
                {
                    return ExitCodes.Usage;
                }

                var repositories = given.SelectMany(RepositoryDiscovery.Find).ToList();
                var proposed = new[] { treePath, catalogPath }.Where(p => p != null).Select(p => p!).ToList();
                var result = Diff(repositories, ScanPolicy.Shipped, proposal, settings, proposed, terminal());
                return Write(result, settings, parse.GetValue(report), stdout, stderr);
            });

            return new Command("policy", PolicyText.Get("Policy_Description", c)) { diff };
        }

        /// <summary>Scans the fleet under each policy, then compares each repository's findings.</summary>
        internal static PolicyDiffReport Diff(IReadOnlyList<Repository> repositories, ScanPolicy shipped, ScanPolicy proposal, OutputSettings settings, IReadOnlyList<string> proposed, IAnsiConsole? console)
        {
            FleetReport ScanWith(ScanPolicy policy) =>
                ScanCommand.Run(new FleetScanner(FleetScanner.Default(code: true), settings.Culture, settings.Today, 0, policy), repositories, console, settings.Culture);

            var before = ScanWith(shipped);
            var after = ScanWith(proposal);
            var added = new List<DiffEntry>();
            var removed = new List<DiffEntry>();
            for (var i = 0; i < repositories.Count; i++)
            {
                var repository = repositories[i];
                var record = repository.Display(repository.RecordPath);
                var anchors = new Lazy<RecordAnchors>(() => RecordAnchors.Of(repository.RecordPath));
                string AnchorOf(FindingEntry finding) =>
                    finding.File == record ? anchors.Value.At(finding.Line, finding.Column) : BrickOf(finding.Id);

                FindingDiff.Compare(repository.Name, before.Repositories[i].Findings, after.Repositories[i].Findings, AnchorOf, added, removed);
            }

            return new PolicyDiffReport(added, removed, repositories.Count, before.Date, before.Language, proposed);
        }

        /// <summary>A code finding's brick (its rule names it; the shipped catalog's, so the anchor does not move with the proposal).</summary>
        private static string BrickOf(string id) => BrickCatalog.Embedded.Bricks.FirstOrDefault(b => b.DiagnosticId == id)?.Id ?? string.Empty;

        /// <summary>Exit code 0 whatever the diff holds (it describes a proposal, it judges no repository); 2 when a file cannot be written.</summary>
        private static int Write(PolicyDiffReport result, OutputSettings settings, string? htmlPath, TextWriter stdout, TextWriter stderr)
        {
            var ok = FleetOutput.TryWrite(settings.OutputPath, stdout, stderr, settings, writer =>
            {
                if (settings.Format == ReportFormat.Json)
                {
                    writer.WriteLine(result.ToJson());
                }
                else
                {
                    DiffTextWriter.Write(result, settings.Culture, writer);
                }
            });
            ok &= htmlPath == null || FleetOutput.TryWrite(htmlPath, stdout, stderr, settings, writer => DiffHtmlWriter.Write(result, writer));
            return ok ? ExitCodes.Success : ExitCodes.Usage;
        }
    }
}
