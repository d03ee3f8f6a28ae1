using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Basic.Reference.Assemblies;
using Commons.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace Commons.Reliability.Tests;

/// <summary>
/// The analyzers over a large, varied corpus: the repository's own sources, generated code, code with syntax errors,
/// every prefix of the sample files as typed in an editor, and C# features (partial classes, top-level statements,
/// nullable contexts, records, generics). No analyzer exception (AD0001), ever; and the same analyzers over several
/// compilations in parallel report exactly what they report one compilation at a time.
/// </summary>
public sealed class AnalyzerCrashTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new BrickTypeUsageAnalyzer(), new BrickHostAnalyzer(), new AuthenticationSetupAnalyzer(), new CatalogFileAnalyzer());

    /// <summary>Bricks declared commun, so code that rebuilds them is reported (the analyzers' busiest path).</summary>
    private const string Record =
        "version: 1\nprojet:\n  nom: Test\n  nature: autre\n  responsable: DNUM\n  date: 2026-01-01\n  description: Une API interne de test pour les analyseurs\n" +
        "briques:\n  notifications: commun\n  api-ban: commun\n  ged: commun\n";

    private readonly ITestOutputHelper _output;

    public AnalyzerCrashTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void No_analyzer_exception_over_the_corpus()
    {
        var watch = Stopwatch.StartNew();
        var corpus = Corpus().ToList();
        var exceptions = new ConcurrentBag<string>();
        var diagnostics = 0;
        foreach (var (name, sources) in corpus)
        {
            foreach (var d in Analyze(Compile(name, sources), exceptions, concurrent: false))
            {
                diagnostics++;
                Assert.True(d.Id != "AD0001", name + ": " + d);
            }
        }

        Assert.True(exceptions.IsEmpty, string.Join("\n\n", exceptions.Take(5)));
        var line = $"reliability: analyzers: {corpus.Count} compilations, {corpus.Sum(c => c.Sources.Length)} files, {corpus.Sum(c => c.Sources.Sum(s => s.Length))} chars, {diagnostics} diagnostics, 0 AD0001, in {watch.Elapsed.TotalSeconds:F1} s";
        _output.WriteLine(line);
        Log(line);
    }

    [Fact]
    public void Parallel_analysis_of_several_compilations_reports_what_sequential_analysis_reports()
    {
        var compilations = Corpus().Where(c => c.Name.StartsWith("feature:", StringComparison.Ordinal) || c.Name.StartsWith("sample:", StringComparison.Ordinal))
            .Select(c => Compile(c.Name, c.Sources)).ToList();
        var exceptions = new ConcurrentBag<string>();

        var sequential = compilations.Select(c => Keys(Analyze(c, exceptions, concurrent: false))).ToList();
        for (var round = 0; round < 3; round++)
        {
            var parallel = compilations.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(2, Environment.ProcessorCount))
                .Select(c => Keys(Analyze(c, exceptions, concurrent: true))).ToList();
            Assert.Equal(sequential, parallel);
        }

        Assert.True(exceptions.IsEmpty, string.Join("\n\n", exceptions.Take(5)));
        Assert.True(sequential.Sum(s => s.Count) > 0, "the corpus should make the analyzers report something");
        Log($"reliability: analyzers in parallel: {compilations.Count} compilations × 3 rounds, {sequential.Sum(s => s.Count)} diagnostics each round, identical to sequential");
    }

    private static List<string> Keys(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage()).OrderBy(k => k, StringComparer.Ordinal).ToList();

    private static CSharpCompilation Compile(string name, string[] sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, options, path: "/corpus/" + i + ".cs")).ToList();
        return CSharpCompilation.Create(
            "Corpus" + Math.Abs(name.GetHashCode(StringComparison.Ordinal)),
            trees,
            Net80.References.All,
            new CSharpCompilationOptions(name.Contains("top-level", StringComparison.Ordinal) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ConcurrentBag<string> exceptions, bool concurrent)
    {
        var additional = ImmutableArray.Create<AdditionalText>(new InMemoryText("/corpus/commons-decision.yml", Record));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additional),
            (ex, analyzer, diagnostic) => exceptions.Add(analyzer.GetType().Name + ": " + ex),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        return compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    /// <summary>Every compilation of the corpus: (name, sources). The long run takes every prefix of more files.</summary>
    private static IEnumerable<(string Name, string[] Sources)> Corpus()
    {
        var root = RepositoryPaths.Root;
        foreach (var feature in Features)
        {
            yield return ("feature:" + feature.Key, new[] { feature.Value });
        }

        var samples = Directory.GetFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        foreach (var file in samples)
        {
            yield return ("sample:" + Path.GetFileName(file), new[] { File.ReadAllText(file) });
        }

        // The project's own sources, one compilation per project (their references are missing: analyzers must
        // also hold on semantic models full of errors).
        foreach (var project in Directory.GetDirectories(Path.Combine(root, "src")).Concat(Directory.GetDirectories(Path.Combine(root, "tests"))).OrderBy(p => p, StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
            if (files.Length > 0)
            {
                yield return ("own:" + Path.GetFileName(project), files);
            }
        }

        // Generated code: large, marked auto-generated, with brick calls inside.
        yield return ("generated", new[] { Generated(400) });

        // Syntax errors: every sample with chunks cut out at fixed strides.
        foreach (var file in samples)
        {
            var text = File.ReadAllText(file);
            for (var stride = 3; stride < 40; stride += 6)
            {
                yield return ("broken:" + Path.GetFileName(file) + ":" + stride, new[] { string.Concat(text.Where((_, i) => i % stride != 0)) });
            }
        }

        // Incomplete code as typed in an editor: every prefix of the sample files (every other one in CI).
        var step = ReliabilitySettings.IsLongRun ? 1 : 2;
        foreach (var file in samples)
        {
            var text = File.ReadAllText(file);
            for (var length = 0; length <= text.Length; length += step)
            {
                yield return ("prefix:" + Path.GetFileName(file) + ":" + length, new[] { text.Substring(0, length) });
            }
        }

        if (ReliabilitySettings.IsLongRun)
        {
            foreach (var feature in Features)
            {
                for (var length = 0; length <= feature.Value.Length; length++)
                {
                    yield return ("prefix:feature:" + feature.Key + ":" + length, new[] { feature.Value.Substring(0, length) });
                }
            }
        }
    }

    private static string Generated(int members)
    {
        var builder = new System.Text.StringBuilder("// <auto-generated/>\n#nullable enable\nusing System.Net.Mail;\nnamespace Generated;\npublic partial class Client\n{\n");
        for (var i = 0; i < members; i++)
        {
            builder.Append("    public void Send").Append(i).Append("(string to) { using var c = new SmtpClient(\"smtp").Append(i).Append(".local\"); c.Send(\"a@b\", to, \"s\", \"b\"); }\n");
            builder.Append("    public System.Threading.Tasks.Task<string> Address").Append(i).Append("(System.Net.Http.HttpClient h) => h.GetStringAsync(\"https://api-adresse.data.gouv.fr/search/?q=").Append(i).Append("\");\n");
        }

        return builder.Append("}\n").ToString();
    }

    private static readonly Dictionary<string, string> Features = new()
    {
        ["top-level"] = "using System.Net.Mail;\nvar c = new SmtpClient(\"smtp.local\");\nc.Send(\"a@b\", \"c@d\", \"s\", \"b\");\nstatic void Local() => new SmtpClient().Dispose();\n",
        ["partial"] = "using System.Net.Mail;\nnamespace P;\npublic partial class Mailer { partial void OnSend(string to); public void Send(string to) => OnSend(to); }\npublic partial class Mailer { partial void OnSend(string to) { new SmtpClient(\"s\").Send(\"a@b\", to, \"s\", \"b\"); } }\n",
        ["records"] = "using System.Net.Mail;\nnamespace R;\npublic record Envoi(string To) { public void Go() => new SmtpClient().Send(new MailMessage(\"a@b\", To)); }\npublic record struct Adresse(string Q, System.Net.Http.HttpClient H) { public System.Threading.Tasks.Task<string> Find() => H.GetStringAsync($\"https://api-adresse.data.gouv.fr/search/?q={Q}\"); }\n",
        ["generics"] = "using System; using System.Net.Mail; using System.Collections.Generic;\nnamespace G;\npublic class Sender<T> where T : SmtpClient, new() { public void Send(IEnumerable<MailMessage> m) { var c = new T(); foreach (var x in m) c.Send(x); } }\npublic static class Ext { public static void SendAll<TClient>(this TClient c, MailMessage m) where TClient : SmtpClient => c.Send(m); }\n",
        ["nullable"] = "#nullable enable\nusing System.Net.Mail;\nnamespace N;\npublic class M { private SmtpClient? _c; public void Send(MailMessage? m) { _c ??= new SmtpClient(); if (m is not null) _c!.Send(m); } }\n#nullable disable\npublic class O { SmtpClient c = null; }\n",
        ["lambdas-and-locals"] = "using System; using System.Net.Mail; using System.Linq;\nnamespace L;\npublic static class F { public static Action<string> Make() { SmtpClient Local() => new(\"h\"); return to => Local().Send(\"a@b\", to, \"s\", \"b\"); } public static int Count(string[] s) => s.Select(x => new MailAddress(x)).Count(); }\n",
        ["unsafe-and-attributes"] = "using System; using System.Net.Mail;\n[assembly: CLSCompliant(false)]\nnamespace U;\n[Obsolete] public class A { [Obsolete(\"x\")] public SmtpClient C { get; } = new SmtpClient(); public unsafe void P(int* p) { } }\n",
        ["interfaces-and-default-members"] = "using System.Net.Mail;\nnamespace I;\npublic interface ISender { void Send(MailMessage m) => new SmtpClient().Send(m); static abstract ISender Create(); }\n",
        ["file-scoped-and-raw-strings"] = "namespace Q;\nfile class Hidden { const string Url = \"\"\"\n  https://api-adresse.data.gouv.fr/search/\n  \"\"\"; public System.Threading.Tasks.Task<string> Get(System.Net.Http.HttpClient h) => h.GetStringAsync(Url.Trim()); }\n",
        ["empty"] = string.Empty,
        ["only-trivia"] = "// nothing here\n/* still nothing */\n#region r\n#endregion\n",
    };

    private static void Log(string line)
    {
        var log = Environment.GetEnvironmentVariable("COMMONS_RELIABILITY_LOG");
        if (!string.IsNullOrEmpty(log))
        {
            File.AppendAllText(log, line + Environment.NewLine);
        }
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
