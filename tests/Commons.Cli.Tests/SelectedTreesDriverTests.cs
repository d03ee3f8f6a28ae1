using System.Collections.Immutable;
using Commons.Cli.Scan;
using Commons.Cli.Tests.Ecosystems;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Commons.Cli.Tests;

/// <summary>
/// The pre-filtered scan runs the analyzers with its own driver (<see cref="SelectedTreesDriver"/>), not Roslyn's:
/// every place code can sit (top-level statements, bodies, initialisers, expression bodies, parameter defaults,
/// constructor initialisers, lambdas, local functions, partial types split over files) must give the findings of
/// Roslyn's whole-compilation analysis (<c>--full-binding</c>), and <c>#pragma warning disable</c> must silence one.
/// </summary>
public class SelectedTreesDriverTests
{
    private const string Host = "https://api-adresse.data.gouv.fr/search";

    [Fact]
    public void Every_kind_of_code_block_gives_the_findings_of_the_full_binding()
    {
        using var repository = new ScratchRepository()
            .Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("App/Program.cs", """
                using System.Net.Mail;
                var client = new SmtpClient("smtp.example.org");
                System.Console.WriteLine(client.Host);
                """)
            .Write("App/Addresses.cs", $$"""
                namespace App;
                public sealed class Addresses
                {
                    private readonly string _search = "{{Host}}";
                    public string Reverse { get; } = "{{Host}}";
                    public string Lookup => "{{Host}}";
                    public string Find(string url = "{{Host}}") => url;
                }
                """)
            .Write("App/Mailer.cs", """
                namespace App;
                public partial class Mailer : System.Net.Mail.SmtpClient
                {
                }
                """)
            .Write("App/Mailer.Part.cs", """
                namespace App;
                public partial class Mailer
                {
                    public void Warn(System.Net.Mail.MailMessage message) => Send(message);
                }
                """)
            .Write("App/Senders.cs", """
                using System;
                using System.Net.Mail;
                namespace App;
                public class Holder
                {
                    public Holder(object client) { }
                }
                public sealed class Senders : Holder
                {
                    public Senders() : base(new SmtpClient()) { }
                    public Func<object> Later = () => new SmtpClient();
                    public object Local()
                    {
                        return Make();
                        object Make() => new SmtpClient();
                    }
                    public object Quiet()
                    {
                #pragma warning disable CN1004
                        return new SmtpClient();
                #pragma warning restore CN1004
                    }
                }
                """)
            .Write("App/Primary.cs", """
                using System.Net.Mail;
                namespace App;
                public class Sender(object client);
                public sealed class MailSender() : Sender(new SmtpClient());
                """);

        var full = Findings(repository.Root, prefilter: false);
        var prefiltered = Findings(repository.Root, prefilter: true);

        Assert.Equal(full, prefiltered);
        var where = prefiltered.Select(f => f.Split(' ')[0]).ToList();
        Assert.Contains("App/Program.cs(2,14)", where); // top-level statements
        Assert.Contains("App/Addresses.cs(4,39)", where); // field initialiser
        Assert.Contains("App/Addresses.cs(5,38)", where); // property initialiser
        Assert.Contains("App/Addresses.cs(6,29)", where); // expression-bodied property
        Assert.Contains("App/Addresses.cs(7,37)", where); // parameter default
        Assert.Single(where, w => w.StartsWith("App/Mailer", StringComparison.Ordinal) && w.EndsWith("(2,22)", StringComparison.Ordinal)); // a partial type, once
        Assert.Contains("App/Senders.cs(10,29)", where); // constructor initialiser
        Assert.Contains("App/Senders.cs(11,39)", where); // lambda in a field initialiser
        Assert.Contains("App/Senders.cs(15,26)", where); // local function
        Assert.DoesNotContain(where, w => w.StartsWith("App/Senders.cs(20,", StringComparison.Ordinal)); // #pragma warning disable
        Assert.Contains("App/Primary.cs(4,43)", where); // a primary constructor's base call
    }

    [Fact]
    public void An_action_it_does_not_raise_or_an_analyzer_that_throws_hands_the_analysis_back_to_Roslyn()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { M(); } }");
        var compilation = CSharpCompilation.Create("t", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);

        Assert.False(new SelectedTreesDriver(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new SyntaxNodeAnalyzer()), options).Supports);
        // A registration Roslyn's context leaves virtual (it throws NotImplementedException unless overridden) is refused too.
        Assert.False(new SelectedTreesDriver(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new SymbolStartAnalyzer()), options).Supports);
        Assert.False(new SelectedTreesDriver(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new StartedOperationBlockAnalyzer()), options).Supports);

        var throwing = new SelectedTreesDriver(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()), options);
        Assert.True(throwing.Supports);
        Assert.False(throwing.TryAnalyse(new[] { tree }, t => compilation.GetSemanticModel(t), _ => KeyedBlocks.Every, CancellationToken.None, out _));
    }

#pragma warning disable RS1001, RS1025, RS1026, RS2008 // test analyzers, never shipped
    private static readonly DiagnosticDescriptor TestRule = new("TEST0001", "t", "t", "t", DiagnosticSeverity.Warning, true);

    private sealed class SyntaxNodeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestRule);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.InvocationExpression);
    }

    private sealed class SymbolStartAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestRule);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSymbolStartAction(_ => { }, SymbolKind.NamedType);
    }

    private sealed class StartedOperationBlockAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestRule);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterCompilationStartAction(start => start.RegisterOperationBlockAction(_ => { }));
    }

    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(TestRule);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterOperationAction(_ => throw new InvalidOperationException("analyzer bug"), OperationKind.Invocation);
    }
#pragma warning restore RS1001, RS1025, RS1026, RS2008

    private static List<string> Findings(string path, bool prefilter)
    {
        var scanner = new FleetScanner(FleetScanner.Default(code: true, prefilter), System.Globalization.CultureInfo.GetCultureInfo("en"), new DateTime(2026, 11, 28));
        var report = scanner.Scan(RepositoryDiscovery.Find(path));
        return report.Findings.Where(f => f.Id.StartsWith("CN1", StringComparison.Ordinal))
            .Select(f => f.File + "(" + f.Line + "," + f.Column + ") " + f.Id + " " + f.Severity + " " + f.Message)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }
}
