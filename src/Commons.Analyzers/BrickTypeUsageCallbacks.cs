using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Commons.Analyzers
{
    /// <summary>
    /// <see cref="BrickTypeUsageAnalyzer"/>'s callbacks for one compilation: each looks up the symbol it is given in
    /// the catalog's signatures and reports a creation, a call, a derivation, an injection or a DI registration.
    /// </summary>
    internal sealed class BrickTypeUsageCallbacks
    {
        private readonly BrickReporter _reporter;
        private readonly SymbolSignatures _signatures;
        private readonly Lazy<InjectionNames> _injectionNames;

        public BrickTypeUsageCallbacks(BrickReporter reporter, SymbolSignatures signatures, Compilation compilation)
        {
            _reporter = reporter;
            _signatures = signatures;
            // Built at the first type callback, once per compilation. Not with that callback's cancellation token: Lazy
            // would keep the cancellation as the result for every later callback of the compilation.
            _injectionNames = new Lazy<InjectionNames>(() => InjectionNames.For(compilation, signatures, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        [MethodImpl(HotPath.Optimized)]
        public void OnObjectCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            ReportCreation(context, creation.Type, creation.Constructor, creation, creation.Syntax);
        }

        [MethodImpl(HotPath.Optimized)]
        public void OnInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (ReportCall(context, invocation.TargetMethod, invocation, invocation.Syntax))
            {
                return;
            }

            if (_signatures.HasTypes && IsRegistration(invocation.TargetMethod))
            {
                ReportRegistration(context, invocation.TargetMethod, invocation, invocation.Syntax);
            }
        }

        /// <summary>
        /// An expression the compiler could not bind whole: <c>new SmtpClient(options.Host, 25)</c> while
        /// <c>options</c> does not resolve (a package never restored in <c>commons scan</c>, a line being typed in
        /// the IDE) fails overload resolution and becomes an invalid operation, not an object creation. The created
        /// type is known all the same (the operation's type), and so are the called method's candidates: they are
        /// reported as if the arguments had bound. Valid code has no invalid operation, so this costs nothing there;
        /// the semantic model is asked only for an invalid call.
        /// </summary>
        public void OnInvalid(OperationAnalysisContext context)
        {
            var operation = context.Operation;
            var syntax = operation.Syntax;
            switch ((SyntaxKind)syntax.RawKind)
            {
                case SyntaxKind.ObjectCreationExpression:
                case SyntaxKind.ImplicitObjectCreationExpression:
                    var constructor = _signatures.FindType(operation.Type) == null && _signatures.HasMembers ? Candidate(operation, context) : null;
                    ReportCreation(context, operation.Type, constructor, operation, syntax);

                    break;
                case SyntaxKind.InvocationExpression:
                    var method = Candidate(operation, context);
                    if (method != null && !ReportCall(context, method, operation, syntax) && _signatures.HasTypes && IsRegistration(method))
                    {
                        ReportRegistration(context, method, operation, syntax);
                    }

                    break;
            }
        }

        /// <summary>The method or constructor an invalid expression meant: the bound one, else the first candidate.</summary>
        private static IMethodSymbol? Candidate(IOperation operation, OperationAnalysisContext context)
        {
            if (operation.SemanticModel == null)
            {
                return null;
            }

            var info = operation.SemanticModel.GetSymbolInfo(operation.Syntax, context.CancellationToken);
            if (info.Symbol is IMethodSymbol bound)
            {
                return bound;
            }

            foreach (var candidate in info.CandidateSymbols)
            {
                if (candidate is IMethodSymbol method)
                {
                    return method;
                }
            }

            return null;
        }

        [MethodImpl(HotPath.Optimized)]
        private void ReportCreation(OperationAnalysisContext context, ITypeSymbol? type, IMethodSymbol? constructor, IOperation operation, SyntaxNode syntax)
        {
            var owner = _signatures.FindType(type);
            if (owner != null)
            {
                _reporter.Report(context.ReportDiagnostic, owner, syntax.GetLocation(), new FoundText("Found_Creation", Display(type!)));
                return;
            }

            if (constructor != null && _signatures.HasMembers)
            {
                ReportMember(context, constructor, operation, syntax);
            }
        }

        /// <summary>A call to a signature member, or a static call on a signature type. True when it decided (reported or cleared).</summary>
        [MethodImpl(HotPath.Optimized)]
        private bool ReportCall(OperationAnalysisContext context, IMethodSymbol method, IOperation operation, SyntaxNode syntax)
        {
            if (_signatures.HasMembers && ReportMember(context, method, operation, syntax))
            {
                return true;
            }

            // A static call on a signature type (SpreadsheetDocument.Create, MiniExcel.SaveAs): using the library.
            if (_signatures.HasTypes && method.IsStatic && !method.IsExtensionMethod && method.ReducedFrom == null)
            {
                var owner = _signatures.FindType(method.ContainingType);
                if (owner != null)
                {
                    _reporter.Report(context.ReportDiagnostic, owner, syntax.GetLocation(), new FoundText("Found_Call", Display(method.ContainingType) + "." + method.Name));
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A type deriving from a signature type, directly or through bases that are not this compilation's (a
        /// company library's <c>BaseBot : TeamsActivityHandler</c>), or implementing a signature interface. A base
        /// declared in source is reported on its own declaration, so the walk stops there: one finding per class.
        /// Then the type's members (<see cref="ReportMembers"/>).
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public void OnNamedType(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            SignatureOwner? owner = null;
            INamedTypeSymbol? from = null;
            for (var baseType = type.BaseType; baseType != null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
            {
                owner = _signatures.FindType(baseType);
                from = baseType;
                if (owner != null || SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, context.Compilation.Assembly))
                {
                    break; // found, or a base of this compilation: it reports what lies further down itself
                }
            }

            foreach (var candidate in type.Interfaces)
            {
                if (owner != null)
                {
                    break;
                }

                owner = _signatures.FindType(candidate);
                from = candidate;
            }

            if (owner != null && type.Locations.Length > 0)
            {
                _reporter.Report(context.ReportDiagnostic, owner, type.Locations[0], new FoundText("Found_Inheritance", Display(from!), type.Name));
            }

            // An enum's members are its own constants, a delegate's are implicit; other types' members are read
            // only when their declarations name a candidate type (InjectionNames).
            if (type.TypeKind != TypeKind.Enum && type.TypeKind != TypeKind.Delegate && _injectionNames.Value.MayInject(type, context.CancellationToken))
            {
                ReportMembers(context, type);
            }
        }

        /// <summary>
        /// The type's own fields, properties, methods and constructors: a member of a signature type, or a parameter of
        /// one (constructor injection). Checked here, one callback per type, rather than in a symbol action per member:
        /// most members are strings and numbers, and the analyzer driver's cost per callback was most of their cost.
        /// Nested types have their own callback; implicitly declared members (a record's properties, a default
        /// constructor) and accessors (their value parameter repeats the property) are left out.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private void ReportMembers(SymbolAnalysisContext context, INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared)
                {
                    continue;
                }

                switch (member)
                {
                    case IFieldSymbol field:
                        ReportInjection(context, field.Type, field);
                        break;
                    case IPropertySymbol property:
                        ReportInjection(context, property.Type, property);
                        break;
                    case IMethodSymbol method when method.MethodKind == MethodKind.Ordinary || method.MethodKind == MethodKind.Constructor:
                        foreach (var parameter in method.Parameters)
                        {
                            ReportInjection(context, parameter.Type, parameter);
                        }

                        break;
                }
            }
        }

        /// <summary>
        /// A field, property or parameter of a signature type. Its location is asked for only once the type
        /// matches: a source symbol's Locations builds a new array at each call, and almost none match.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private void ReportInjection(SymbolAnalysisContext context, ITypeSymbol type, ISymbol declared)
        {
            var owner = _signatures.FindType(type);
            if (owner == null || IsPositionalProperty(declared))
            {
                return;
            }

            var locations = declared.Locations;
            if (locations.Length > 0)
            {
                _reporter.Report(context.ReportDiagnostic, owner, locations[0], new FoundText("Found_Injection", Display(type), declared.Name));
            }
        }

        /// <summary>
        /// A record's positional property is declared by its primary constructor's parameter, at the same place: the
        /// parameter is reported, the property would repeat it.
        /// </summary>
        private static bool IsPositionalProperty(ISymbol declared) =>
            declared is IPropertySymbol property
            && property.DeclaringSyntaxReferences.Length == 1
            && property.DeclaringSyntaxReferences[0].GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax;

        [MethodImpl(HotPath.Optimized)]
        private bool ReportMember(OperationAnalysisContext context, IMethodSymbol method, IOperation operation, SyntaxNode syntax)
        {
            var signature = _signatures.FindMember(method);
            if (signature == null || signature.Kind == MemberKind.Setup)
            {
                return false;
            }

            if (signature.Kind == MemberKind.PasswordCall && !PasswordArguments.AnyIsPassword(ArgumentsOf(operation)))
            {
                return true; // key derivation for another purpose: fine
            }

            var name = Display(method.ContainingType) + "." + (method.MethodKind == MethodKind.Constructor ? "ctor" : method.Name);
            var found = method.MethodKind == MethodKind.Constructor
                ? new FoundText("Found_Creation", Display(method.ContainingType))
                : new FoundText("Found_Call", name);
            _reporter.Report(context.ReportDiagnostic, signature.Owner, syntax.GetLocation(), found);
            return true;
        }

        /// <summary>services.AddSingleton&lt;SmtpClient&gt;(), AddScoped&lt;IMailer, SmtpMailer&gt;(), AddTransient(typeof(SmtpClient)).</summary>
        private void ReportRegistration(OperationAnalysisContext context, IMethodSymbol method, IOperation operation, SyntaxNode syntax)
        {
            foreach (var typeArgument in method.TypeArguments)
            {
                var owner = _signatures.FindType(typeArgument);
                if (owner != null)
                {
                    _reporter.Report(context.ReportDiagnostic, owner, syntax.GetLocation(), new FoundText("Found_Registration", Display(typeArgument)));
                    return;
                }
            }

            foreach (var argument in ArgumentsOf(operation))
            {
                if (argument.Value is ITypeOfOperation typeOf)
                {
                    var owner = _signatures.FindType(typeOf.TypeOperand);
                    if (owner != null)
                    {
                        _reporter.Report(context.ReportDiagnostic, owner, syntax.GetLocation(), new FoundText("Found_Registration", Display(typeOf.TypeOperand)));
                        return;
                    }
                }
            }
        }

        /// <summary>
        /// A call's or creation's arguments, asked for only where a signature needs them (a password call, a DI
        /// registration by typeof): most operations never build the array. An invalid operation has none that bound.
        /// </summary>
        private static ImmutableArray<IArgumentOperation> ArgumentsOf(IOperation operation) =>
            operation is IInvocationOperation invocation ? invocation.Arguments
            : operation is IObjectCreationOperation creation ? creation.Arguments
            : ImmutableArray<IArgumentOperation>.Empty;

        [MethodImpl(HotPath.Optimized)]
        private static bool IsRegistration(IMethodSymbol method) =>
            method.Name.StartsWith("Add", System.StringComparison.Ordinal) || method.Name.StartsWith("TryAdd", System.StringComparison.Ordinal);

        private static string Display(ITypeSymbol type) => type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
    }
}
