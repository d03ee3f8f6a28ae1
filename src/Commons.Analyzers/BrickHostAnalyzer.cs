using System.Runtime.CompilerServices;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Commons.Analyzers
{
    /// <summary>
    /// Reports the hosts of a brick's backing service (api-adresse.data.gouv.fr, api.sendgrid.com…) written in
    /// string literals, constants, the text of interpolated strings and Uris. Matched on whole hosts and path
    /// prefixes, never inside another word; comments are not code and are never read.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BrickHostAnalyzer : BrickAnalyzer
    {
        private protected override void OnSessionStart(CompilationStartAnalysisContext context, AnalysisSession session)
        {
            var hosts = session.Hosts;
            if (hosts.IsEmpty)
            {
                return;
            }

            var reporter = session.Reporter;
            // The text parts of an interpolated string are literal operations too: one action covers both.
            context.RegisterOperationAction(c => OnLiteral(c, hosts, reporter), OperationKind.Literal);
        }

        [MethodImpl(HotPath.Optimized)]
        private static void OnLiteral(OperationAnalysisContext context, HostMatcher hosts, BrickReporter reporter)
        {
            if (!(context.Operation.ConstantValue.Value is string text) || text.Length < 4)
            {
                return;
            }

            var position = 0;
            string? reported = null;
            while (hosts.TryFindNext(text, ref position, out var match))
            {
                if (match.Owner == reported || !reporter.Owners.TryGetValue(match.Owner, out var owner))
                {
                    continue; // one diagnostic per brick and literal
                }

                reported = match.Owner;
                var address = text.Substring(match.Start, match.Length);
                reporter.Report(context.ReportDiagnostic, owner, context.Operation.Syntax.GetLocation(), new FoundText("Found_Host", address));
            }
        }
    }
}
