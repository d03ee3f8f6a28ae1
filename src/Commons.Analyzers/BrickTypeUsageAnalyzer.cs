using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Commons.Analyzers
{
    /// <summary>
    /// Reports the types and members of a brick's signatures where code does something with them: creates one,
    /// calls one, derives from one, injects one (field, property, parameter) or registers one in DI. A mere mention
    /// (a settings class named SmtpSettings, a nameof, a local left null) does nothing and is not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BrickTypeUsageAnalyzer : BrickAnalyzer
    {
        private protected override void OnSessionStart(CompilationStartAnalysisContext context, AnalysisSession session)
        {
            var signatures = session.Usages;
            if (signatures.IsEmpty)
            {
                return; // the catalog names no type and no member
            }

            var usages = new BrickTypeUsageCallbacks(session.Reporter, signatures, context.Compilation);
            context.RegisterOperationAction(usages.OnObjectCreation, OperationKind.ObjectCreation);
            context.RegisterOperationAction(usages.OnInvocation, OperationKind.Invocation);
            context.RegisterOperationAction(usages.OnInvalid, OperationKind.Invalid);
            if (signatures.HasTypes)
            {
                // A type's members are checked in its own callback (BrickTypeUsageCallbacks.ReportMembers).
                context.RegisterSymbolAction(usages.OnNamedType, SymbolKind.NamedType);
            }
        }
    }
}
