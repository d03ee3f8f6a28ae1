using System.Runtime.CompilerServices;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Commons.Analyzers
{
    /// <summary>
    /// Reports OpenID Connect, JWT bearer and cookie authentication setups (AddOpenIdConnect, AddJwtBearer,
    /// AddCookie): the project runs its own login. When the setup names a ProConnect or FranceConnect host, that
    /// host tells which brick it is and <see cref="BrickHostAnalyzer"/> reports it there, once; without one the
    /// setup itself is reported, under the authentication bricks' group. Local identity (ASP.NET Core Identity,
    /// password hashing, token servers) is reported by <see cref="BrickTypeUsageAnalyzer"/> from the same group.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AuthenticationSetupAnalyzer : BrickAnalyzer
    {
        private protected override void OnSessionStart(CompilationStartAnalysisContext context, AnalysisSession session)
        {
            var setups = session.Setups;
            if (setups.IsEmpty)
            {
                return; // the catalog names no setup
            }

            var hosts = session.Hosts;
            var reporter = session.Reporter;
            context.RegisterOperationAction(c => OnInvocation(c, setups, hosts, reporter), OperationKind.Invocation);
        }

        [MethodImpl(HotPath.Optimized)]
        private static void OnInvocation(OperationAnalysisContext context, SymbolSignatures setups, HostMatcher hosts, BrickReporter reporter)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var signature = setups.FindMember(invocation.TargetMethod);
            if (signature == null || signature.Kind != MemberKind.Setup || NamesABrickHost(invocation, hosts, signature.Owner))
            {
                return;
            }

            var method = invocation.TargetMethod;
            reporter.Report(context.ReportDiagnostic, signature.Owner, invocation.Syntax.GetLocation(), new FoundText("Found_Setup", method.Name));
        }

        /// <summary>Does a string inside the setup (a literal or a constant: options.Authority = Authority) name one of the owner's hosts?</summary>
        private static bool NamesABrickHost(IInvocationOperation invocation, HostMatcher hosts, SignatureOwner owner)
        {
            foreach (var operation in invocation.Descendants())
            {
                if (operation.ConstantValue.HasValue && operation.ConstantValue.Value is string text)
                {
                    var position = 0;
                    while (hosts.TryFindNext(text, ref position, out var match))
                    {
                        if (owner.Owns(match.Owner))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }
    }
}
