using System.Globalization;
using System.Text;

namespace Commons.Benchmarks.Corpus
{
    /// <summary>
    /// Generates C# that looks like a ministry's web application: per business module an entity, DTOs and mapping,
    /// a repository, a service, an ASP.NET Core controller, a typed HTTP client of a partner API and its DI
    /// registration; every seventh module also reimplements a shared brick (SMTP mailer, S3 storage, Excel export,
    /// password hashing, OpenID Connect setup with a ProConnect host, address lookup on the BAN...). Deterministic:
    /// the same seed and size give the same files, byte for byte.
    /// </summary>
    internal static class CorpusGenerator
    {
        private static readonly string[] Nouns =
        {
            "Dossier", "Usager", "Paiement", "RendezVous", "Demande", "Agent", "Structure", "Aide", "Controle", "Courrier",
            "Convention", "Subvention", "Etablissement", "Beneficiaire", "Signalement", "Formation", "Habilitation", "Piece",
            "Decision", "Recours", "Versement", "Contrat", "Inspection", "Mission", "Evaluation", "Enquete", "Rapport",
            "Territoire", "Permanence", "Accompagnement",
        };

        private static readonly (string Type, string Name, string Sample)[] Properties =
        {
            ("string", "Nom", "\"Martin\""), ("string", "Prenom", "\"Claire\""), ("string?", "Commentaire", "null"),
            ("DateTime", "DateDepot", "DateTime.UtcNow"), ("decimal", "Montant", "120.50m"), ("int", "NombrePieces", "3"),
            ("bool", "EstUrgent", "false"), ("Guid", "Reference", "Guid.NewGuid()"), ("string", "CodePostal", "\"75007\""),
            ("string", "Commune", "\"Paris\""), ("DateTime?", "DateDecision", "null"), ("string", "Siret", "\"13002526500013\""),
            ("string", "Email", "\"claire.martin@example.fr\""), ("int", "Priorite", "2"), ("string", "Telephone", "\"0102030405\""),
            ("decimal", "Plafond", "1500m"), ("string", "Service", "\"DNUM\""), ("DateTime", "DateCreation", "DateTime.UtcNow"),
        };

        private static readonly string[] Partners = { "caf", "msa", "pole-emploi", "cnav", "ars", "dreets", "urssaf", "cpam", "insee-local", "anah" };

        public static IReadOnlyList<SourceFile> Generate(int targetLines, int seed = 20260614)
        {
            var random = new Random(seed);
            var files = new List<SourceFile>();
            var lines = 0;
            for (var index = 0; lines < targetLines; index++)
            {
                var noun = Nouns[index % Nouns.Length] + (index < Nouns.Length ? string.Empty : (index / Nouns.Length).ToString(CultureInfo.InvariantCulture));
                foreach (var file in Module(noun, index, random))
                {
                    files.Add(file);
                    lines += file.Lines;
                }
            }

            files.Add(new SourceFile("App/Program.cs", Startup(files.Where(f => f.Path.EndsWith("Registration.cs", StringComparison.Ordinal)).Select(f => f.Path.Split('/')[1]).ToList())));
            return files;
        }

        /// <summary>Where the corpus is written for the CLI's scan: one folder per module.</summary>
        public static void WriteTo(IReadOnlyList<SourceFile> files, string directory)
        {
            foreach (var file in files)
            {
                var path = Path.Combine(directory, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            }
        }

        private static IEnumerable<SourceFile> Module(string e, int index, Random random)
        {
            var props = Properties.OrderBy(_ => random.Next()).Take(6 + random.Next(7)).ToList();
            var ns = "Ministere.App.Gestion" + e;
            var partner = Partners[random.Next(Partners.Length)];
            var route = e.ToLowerInvariant();
            yield return new SourceFile($"App/{e}/Domain/{e}.cs", Entity(ns, e, props));
            yield return new SourceFile($"App/{e}/Contracts/{e}Dto.cs", Dto(ns, e, props));
            yield return new SourceFile($"App/{e}/Data/{e}Repository.cs", Repository(ns, e, props));
            yield return new SourceFile($"App/{e}/Services/{e}Service.cs", Service(ns, e, props, random));
            yield return new SourceFile($"App/{e}/Web/{e}Controller.cs", Controller(ns, e, route));
            yield return new SourceFile($"App/{e}/Clients/{e}ApiClient.cs", Client(ns, e, partner, route));
            yield return new SourceFile($"App/{e}/{e}Registration.cs", Registration(ns, e, partner));
            if (index % 7 == 3)
            {
                yield return new SourceFile($"App/{e}/Infrastructure/{e}Brick.cs", Brick(ns, e, index / 7));
            }
        }

        private static string Entity(string ns, string e, List<(string Type, string Name, string Sample)> props)
        {
            var b = new StringBuilder();
            b.AppendLine("using System;").AppendLine("using System.Collections.Generic;").AppendLine("using System.Linq;").AppendLine();
            b.AppendLine($"namespace {ns}.Domain;").AppendLine();
            b.AppendLine($"public enum {e}Statut").AppendLine("{").AppendLine("    Brouillon,").AppendLine("    Depose,").AppendLine("    EnInstruction,").AppendLine("    Accepte,").AppendLine("    Refuse,").AppendLine("}").AppendLine();
            b.AppendLine($"/// <summary>Un {e.ToLowerInvariant()} tel que le service le gère.</summary>");
            b.AppendLine($"public sealed class {e}").AppendLine("{");
            b.AppendLine("    public int Id { get; set; }").AppendLine();
            foreach (var p in props)
            {
                b.AppendLine($"    public {p.Type} {p.Name} {{ get; set; }}{(p.Type == "string" ? " = string.Empty;" : string.Empty)}").AppendLine();
            }

            b.AppendLine($"    public {e}Statut Statut {{ get; set; }}").AppendLine();
            b.AppendLine($"    public List<{e}Ligne> Lignes {{ get; }} = new();").AppendLine();
            b.AppendLine($"    public bool EstModifiable() => Statut is {e}Statut.Brouillon or {e}Statut.Depose;").AppendLine();
            b.AppendLine("    public decimal Total() => Lignes.Where(l => !l.Annulee).Sum(l => l.Montant * l.Quantite);").AppendLine();
            b.AppendLine("    public override string ToString() => $\"" + e + " {Id} ({Statut})\";");
            b.AppendLine("}").AppendLine();
            b.AppendLine($"public sealed class {e}Ligne").AppendLine("{");
            b.AppendLine("    public int Id { get; set; }").AppendLine("    public string Libelle { get; set; } = string.Empty;").AppendLine("    public decimal Montant { get; set; }").AppendLine("    public int Quantite { get; set; } = 1;").AppendLine("    public bool Annulee { get; set; }");
            b.AppendLine("}");
            return b.ToString();
        }

        private static string Dto(string ns, string e, List<(string Type, string Name, string Sample)> props)
        {
            var b = new StringBuilder();
            b.AppendLine("using System;").AppendLine("using System.Collections.Generic;").AppendLine("using System.Linq;").AppendLine($"using {ns}.Domain;").AppendLine();
            b.AppendLine($"namespace {ns}.Contracts;").AppendLine();
            b.AppendLine($"public sealed record {e}Dto(").AppendLine("    int Id,");
            foreach (var p in props)
            {
                b.AppendLine($"    {p.Type} {p.Name},");
            }

            b.AppendLine("    string Statut,").AppendLine("    decimal Total);").AppendLine();
            b.AppendLine($"public sealed record {e}Creation(");
            b.AppendLine(string.Join(",\n", props.Select(p => $"    {p.Type} {p.Name}")) + ");").AppendLine();
            b.AppendLine($"public sealed record {e}Filtre(string? Recherche, string? Statut, int Page = 1, int Taille = 20);").AppendLine();
            b.AppendLine($"public static class {e}Mapping").AppendLine("{");
            b.AppendLine($"    public static {e}Dto ToDto(this {e} entity) => new(").AppendLine("        entity.Id,");
            foreach (var p in props)
            {
                b.AppendLine($"        entity.{p.Name},");
            }

            b.AppendLine("        entity.Statut.ToString(),").AppendLine("        entity.Total());").AppendLine();
            b.AppendLine($"    public static {e} ToEntity(this {e}Creation creation)").AppendLine("    {").AppendLine($"        var entity = new {e}();");
            foreach (var p in props)
            {
                b.AppendLine($"        entity.{p.Name} = creation.{p.Name};");
            }

            b.AppendLine("        return entity;").AppendLine("    }").AppendLine();
            b.AppendLine($"    public static IReadOnlyList<{e}Dto> ToDtos(this IEnumerable<{e}> entities) => entities.Select(x => x.ToDto()).ToList();");
            b.AppendLine("}");
            return b.ToString();
        }

        private static string Repository(string ns, string e, List<(string Type, string Name, string Sample)> props)
        {
            var text = props.FirstOrDefault(p => p.Type == "string").Name ?? "Statut";
            return $$"""
                using System;
                using System.Collections.Concurrent;
                using System.Collections.Generic;
                using System.Linq;
                using System.Threading;
                using System.Threading.Tasks;
                using {{ns}}.Domain;

                namespace {{ns}}.Data;

                public interface I{{e}}Repository
                {
                    Task<{{e}}?> FindAsync(int id, CancellationToken cancellationToken);

                    Task<IReadOnlyList<{{e}}>> SearchAsync(string? text, {{e}}Statut? statut, int skip, int take, CancellationToken cancellationToken);

                    Task<int> SaveAsync({{e}} entity, CancellationToken cancellationToken);

                    Task<bool> DeleteAsync(int id, CancellationToken cancellationToken);
                }

                public sealed class InMemory{{e}}Repository : I{{e}}Repository
                {
                    private readonly ConcurrentDictionary<int, {{e}}> _items = new();
                    private int _next;

                    public Task<{{e}}?> FindAsync(int id, CancellationToken cancellationToken) =>
                        Task.FromResult(_items.TryGetValue(id, out var entity) ? entity : null);

                    public Task<IReadOnlyList<{{e}}>> SearchAsync(string? text, {{e}}Statut? statut, int skip, int take, CancellationToken cancellationToken)
                    {
                        IEnumerable<{{e}}> query = _items.Values;
                        if (!string.IsNullOrWhiteSpace(text))
                        {
                            query = query.Where(x => x.{{text}}.ToString().Contains(text, StringComparison.OrdinalIgnoreCase));
                        }

                        if (statut.HasValue)
                        {
                            query = query.Where(x => x.Statut == statut.Value);
                        }

                        IReadOnlyList<{{e}}> page = query.OrderBy(x => x.Id).Skip(skip).Take(take).ToList();
                        return Task.FromResult(page);
                    }

                    public Task<int> SaveAsync({{e}} entity, CancellationToken cancellationToken)
                    {
                        if (entity.Id == 0)
                        {
                            entity.Id = Interlocked.Increment(ref _next);
                        }

                        _items[entity.Id] = entity;
                        return Task.FromResult(entity.Id);
                    }

                    public Task<bool> DeleteAsync(int id, CancellationToken cancellationToken) => Task.FromResult(_items.TryRemove(id, out _));
                }

                """;
        }

        private static string Service(string ns, string e, List<(string Type, string Name, string Sample)> props, Random random)
        {
            var checks = new StringBuilder();
            foreach (var p in props)
            {
                switch (p.Type)
                {
                    case "string":
                        checks.AppendLine($"        if (string.IsNullOrWhiteSpace(creation.{p.Name}))").AppendLine("        {").AppendLine($"            errors.Add(\"Le champ {p.Name} est obligatoire.\");").AppendLine("        }").AppendLine();
                        if (p.Name is "Email")
                        {
                            checks.AppendLine($"        else if (!EmailPattern.IsMatch(creation.{p.Name}))").AppendLine("        {").AppendLine("            errors.Add(\"L'adresse électronique n'est pas valide.\");").AppendLine("        }").AppendLine();
                        }

                        break;
                    case "decimal":
                        checks.AppendLine($"        if (creation.{p.Name} < 0 || creation.{p.Name} > {random.Next(1000, 100000)}m)").AppendLine("        {").AppendLine($"            errors.Add(string.Format(CultureInfo.InvariantCulture, \"{p.Name} hors limites : {{0}}\", creation.{p.Name}));").AppendLine("        }").AppendLine();
                        break;
                    case "int":
                        checks.AppendLine($"        if (creation.{p.Name} is < 0 or > {random.Next(10, 500)})").AppendLine("        {").AppendLine($"            errors.Add($\"{p.Name} invalide : {{creation.{p.Name}}}\");").AppendLine("        }").AppendLine();
                        break;
                    case "DateTime":
                        checks.AppendLine($"        if (creation.{p.Name} > _clock.GetUtcNow().UtcDateTime.AddDays(1))").AppendLine("        {").AppendLine($"            errors.Add(\"La date {p.Name} est dans le futur.\");").AppendLine("        }").AppendLine();
                        break;
                }
            }

            return $$"""
                using System;
                using System.Collections.Generic;
                using System.Globalization;
                using System.Linq;
                using System.Text.RegularExpressions;
                using System.Threading;
                using System.Threading.Tasks;
                using Microsoft.Extensions.Logging;
                using {{ns}}.Clients;
                using {{ns}}.Contracts;
                using {{ns}}.Data;
                using {{ns}}.Domain;

                namespace {{ns}}.Services;

                public interface I{{e}}Service
                {
                    Task<{{e}}Dto?> GetAsync(int id, CancellationToken cancellationToken);

                    Task<IReadOnlyList<{{e}}Dto>> SearchAsync({{e}}Filtre filtre, CancellationToken cancellationToken);

                    Task<(int? Id, IReadOnlyList<string> Errors)> CreateAsync({{e}}Creation creation, CancellationToken cancellationToken);

                    Task<bool> SubmitAsync(int id, CancellationToken cancellationToken);

                    Task<IReadOnlyDictionary<string, int>> StatisticsAsync(CancellationToken cancellationToken);
                }

                public sealed class {{e}}Service : I{{e}}Service
                {
                    private static readonly Regex EmailPattern = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.Compiled);

                    private readonly I{{e}}Repository _repository;
                    private readonly {{e}}ApiClient _client;
                    private readonly ILogger<{{e}}Service> _logger;
                    private readonly TimeProvider _clock;

                    public {{e}}Service(I{{e}}Repository repository, {{e}}ApiClient client, ILogger<{{e}}Service> logger, TimeProvider clock)
                    {
                        _repository = repository;
                        _client = client;
                        _logger = logger;
                        _clock = clock;
                    }

                    public async Task<{{e}}Dto?> GetAsync(int id, CancellationToken cancellationToken)
                    {
                        var entity = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
                        if (entity is null)
                        {
                            _logger.LogWarning("{{e}} {Id} introuvable", id);
                            return null;
                        }

                        return entity.ToDto();
                    }

                    public async Task<IReadOnlyList<{{e}}Dto>> SearchAsync({{e}}Filtre filtre, CancellationToken cancellationToken)
                    {
                        {{e}}Statut? statut = Enum.TryParse<{{e}}Statut>(filtre.Statut, ignoreCase: true, out var parsed) ? parsed : null;
                        var page = Math.Max(1, filtre.Page);
                        var size = Math.Clamp(filtre.Taille, 1, 100);
                        var items = await _repository.SearchAsync(filtre.Recherche, statut, (page - 1) * size, size, cancellationToken).ConfigureAwait(false);
                        return items.ToDtos();
                    }

                    public async Task<(int? Id, IReadOnlyList<string> Errors)> CreateAsync({{e}}Creation creation, CancellationToken cancellationToken)
                    {
                        var errors = Validate(creation);
                        if (errors.Count > 0)
                        {
                            _logger.LogInformation("Création refusée : {Count} erreurs", errors.Count);
                            return (null, errors);
                        }

                        var entity = creation.ToEntity();
                        entity.Statut = {{e}}Statut.Brouillon;
                        var id = await _repository.SaveAsync(entity, cancellationToken).ConfigureAwait(false);
                        return (id, Array.Empty<string>());
                    }

                    public async Task<bool> SubmitAsync(int id, CancellationToken cancellationToken)
                    {
                        var entity = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
                        if (entity is null || !entity.EstModifiable())
                        {
                            return false;
                        }

                        entity.Statut = entity.Statut switch
                        {
                            {{e}}Statut.Brouillon => {{e}}Statut.Depose,
                            {{e}}Statut.Depose => {{e}}Statut.EnInstruction,
                            _ => entity.Statut,
                        };
                        await _repository.SaveAsync(entity, cancellationToken).ConfigureAwait(false);
                        var accepted = await _client.NotifyAsync(entity.Id, entity.Statut.ToString(), cancellationToken).ConfigureAwait(false);
                        _logger.LogInformation("{{e}} {Id} déposé, partenaire notifié : {Accepted}", id, accepted);
                        return true;
                    }

                    public async Task<IReadOnlyDictionary<string, int>> StatisticsAsync(CancellationToken cancellationToken)
                    {
                        var all = await _repository.SearchAsync(null, null, 0, int.MaxValue, cancellationToken).ConfigureAwait(false);
                        return all
                            .GroupBy(x => x.Statut)
                            .OrderBy(g => g.Key)
                            .ToDictionary(g => g.Key.ToString(), g => g.Count());
                    }

                    private List<string> Validate({{e}}Creation creation)
                    {
                        var errors = new List<string>();
                {{checks}}        return errors;
                    }
                }

                """;
        }

        private static string Controller(string ns, string e, string route) => $$"""
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using {{ns}}.Contracts;
            using {{ns}}.Services;

            namespace {{ns}}.Web;

            [ApiController]
            [Authorize]
            [Route("api/{{route}}")]
            public sealed class {{e}}Controller : ControllerBase
            {
                private readonly I{{e}}Service _service;

                public {{e}}Controller(I{{e}}Service service)
                {
                    _service = service;
                }

                [HttpGet]
                [ProducesResponseType(StatusCodes.Status200OK)]
                public async Task<ActionResult<IReadOnlyList<{{e}}Dto>>> Search([FromQuery] string? q, [FromQuery] string? statut, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
                {
                    var items = await _service.SearchAsync(new {{e}}Filtre(q, statut, page), cancellationToken);
                    return Ok(items);
                }

                [HttpGet("{id:int}")]
                [ProducesResponseType(StatusCodes.Status200OK)]
                [ProducesResponseType(StatusCodes.Status404NotFound)]
                public async Task<ActionResult<{{e}}Dto>> Get(int id, CancellationToken cancellationToken)
                {
                    var item = await _service.GetAsync(id, cancellationToken);
                    return item is null ? NotFound() : Ok(item);
                }

                [HttpPost]
                [ProducesResponseType(StatusCodes.Status201Created)]
                [ProducesResponseType(StatusCodes.Status400BadRequest)]
                public async Task<IActionResult> Create([FromBody] {{e}}Creation creation, CancellationToken cancellationToken)
                {
                    var (id, errors) = await _service.CreateAsync(creation, cancellationToken);
                    if (id is null)
                    {
                        var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { ["{{e}}"] = [.. errors] });
                        return BadRequest(problem);
                    }

                    return CreatedAtAction(nameof(Get), new { id }, null);
                }

                [HttpPost("{id:int}/depot")]
                public async Task<IActionResult> Submit(int id, CancellationToken cancellationToken) =>
                    await _service.SubmitAsync(id, cancellationToken) ? NoContent() : Conflict();

                [HttpGet("statistiques")]
                [AllowAnonymous]
                public async Task<ActionResult<IReadOnlyDictionary<string, int>>> Statistics(CancellationToken cancellationToken) =>
                    Ok(await _service.StatisticsAsync(cancellationToken));
            }

            """;

        private static string Client(string ns, string e, string partner, string route) => $$"""
            using System;
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace {{ns}}.Clients;

            public sealed record {{e}}Reference(string Code, string Libelle, DateTime MiseAJour);

            /// <summary>Client de l'API du partenaire ({{partner}}).</summary>
            public sealed class {{e}}ApiClient
            {
                public const string BaseAddress = "https://api.{{partner}}.example.fr/v2/";

                private readonly HttpClient _http;
                private readonly ILogger<{{e}}ApiClient> _logger;

                public {{e}}ApiClient(HttpClient http, ILogger<{{e}}ApiClient> logger)
                {
                    _http = http;
                    _logger = logger;
                }

                public async Task<IReadOnlyList<{{e}}Reference>> ReferencesAsync(string code, int page, CancellationToken cancellationToken)
                {
                    var uri = new Uri($"{BaseAddress}{{route}}/references?code={Uri.EscapeDataString(code)}&page={page}");
                    var items = await _http.GetFromJsonAsync<List<{{e}}Reference>>(uri, cancellationToken).ConfigureAwait(false);
                    return items ?? new List<{{e}}Reference>();
                }

                public async Task<bool> NotifyAsync(int id, string statut, CancellationToken cancellationToken)
                {
                    using var response = await _http.PostAsJsonAsync($"{{route}}/{id}/evenements", new { statut, horodatage = DateTime.UtcNow }, cancellationToken).ConfigureAwait(false);
                    if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        _logger.LogWarning("Partenaire {{partner}} saturé pour {Id}", id);
                        return false;
                    }

                    response.EnsureSuccessStatusCode();
                    return true;
                }

                public async Task<string?> StatusAsync(CancellationToken cancellationToken)
                {
                    try
                    {
                        return await _http.GetStringAsync("https://status.{{partner}}.example.fr/health", cancellationToken).ConfigureAwait(false);
                    }
                    catch (HttpRequestException ex)
                    {
                        _logger.LogError(ex, "Partenaire {{partner}} injoignable");
                        return null;
                    }
                }
            }

            """;

        private static string Registration(string ns, string e, string partner) => $$"""
            using System;
            using Microsoft.Extensions.DependencyInjection;
            using {{ns}}.Clients;
            using {{ns}}.Data;
            using {{ns}}.Services;

            namespace {{ns}};

            public static class {{e}}Registration
            {
                public static IServiceCollection Add{{e}}Module(this IServiceCollection services)
                {
                    services.AddSingleton<I{{e}}Repository, InMemory{{e}}Repository>();
                    services.AddScoped<I{{e}}Service, {{e}}Service>();
                    services.AddHttpClient<{{e}}ApiClient>(client =>
                    {
                        client.BaseAddress = new Uri({{e}}ApiClient.BaseAddress);
                        client.Timeout = TimeSpan.FromSeconds(30);
                        client.DefaultRequestHeaders.Add("X-Partenaire", "{{partner}}");
                    });
                    return services;
                }
            }

            """;

        private static string Startup(IReadOnlyList<string> modules)
        {
            var b = new StringBuilder();
            b.AppendLine("using System;").AppendLine("using Microsoft.AspNetCore.Builder;").AppendLine("using Microsoft.Extensions.DependencyInjection;").AppendLine("using Microsoft.Extensions.Hosting;");
            foreach (var module in modules)
            {
                b.AppendLine($"using Ministere.App.Gestion{module};");
            }

            b.AppendLine().AppendLine("namespace Ministere.App;").AppendLine().AppendLine("public static class Program").AppendLine("{").AppendLine("    public static void Main(string[] args)").AppendLine("    {");
            b.AppendLine("        var builder = WebApplication.CreateBuilder(args);").AppendLine("        builder.Services.AddSingleton(TimeProvider.System);").AppendLine("        builder.Services.AddControllers();").AppendLine("        builder.Services.AddAuthorization();");
            foreach (var module in modules)
            {
                b.AppendLine($"        builder.Services.Add{module}Module();");
            }

            b.AppendLine("        var app = builder.Build();").AppendLine("        app.UseAuthentication();").AppendLine("        app.UseAuthorization();").AppendLine("        app.MapControllers();").AppendLine("        app.Run();").AppendLine("    }").AppendLine("}");
            return b.ToString();
        }

        /// <summary>A reimplementation of a shared brick, in rotation: what the analyzers are there to find.</summary>
        private static string Brick(string ns, string e, int which)
        {
            var body = (which % 10) switch
            {
                0 => $$"""
                    using System.Net;
                    using System.Net.Mail;

                    namespace {{ns}}.Infrastructure;

                    public sealed class {{e}}Mailer
                    {
                        public void Send(string to, string subject, string body)
                        {
                            using var client = new SmtpClient("smtp.ministere.example", 587) { EnableSsl = true, Credentials = new NetworkCredential("app", "secret") };
                            client.Send(new MailMessage("noreply@ministere.example", to, subject, body));
                        }
                    }
                    """,
                1 => $$"""
                    using System.IO;
                    using System.Threading.Tasks;
                    using Amazon.S3;

                    namespace {{ns}}.Infrastructure;

                    public sealed class {{e}}DocumentStore
                    {
                        private readonly AmazonS3Client _s3 = new AmazonS3Client("AKIA", "secret");

                        public Task SaveAsync(string key, Stream content) => _s3.PutObjectAsync("{{e.ToLowerInvariant()}}-pieces", key, content);

                        public string PublicUrl(string key) => $"https://{{e.ToLowerInvariant()}}-pieces.s3.amazonaws.com/{key}";
                    }
                    """,
                2 => $$"""
                    using System.Collections.Generic;
                    using System.IO;
                    using ClosedXML.Excel;

                    namespace {{ns}}.Infrastructure;

                    public static class {{e}}Export
                    {
                        public static void Write(IEnumerable<(string Code, int Count)> rows, Stream output)
                        {
                            using var workbook = new XLWorkbook();
                            var sheet = workbook.AddWorksheet("Statistiques");
                            var line = 1;
                            foreach (var (code, count) in rows)
                            {
                                sheet.Cell(line, 1).Value = code;
                                sheet.Cell(line, 2).Value = count;
                                line++;
                            }

                            workbook.SaveAs(output);
                        }
                    }
                    """,
                3 => $$"""
                    namespace {{ns}}.Infrastructure;

                    public static class {{e}}Passwords
                    {
                        public static string Hash(string password) => BCrypt.Net.BCrypt.HashPassword(password, 12);

                        public static bool Check(string password, string hash) => BCrypt.Net.BCrypt.Verify(password, hash);
                    }
                    """,
                4 => $$"""
                    using Microsoft.AspNetCore.Authentication.Cookies;
                    using Microsoft.Extensions.DependencyInjection;

                    namespace {{ns}}.Infrastructure;

                    public static class {{e}}Login
                    {
                        public static IServiceCollection AddAgentLogin(this IServiceCollection services)
                        {
                            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                                .AddOpenIdConnect(options =>
                                {
                                    options.Authority = "https://auth.agentconnect.gouv.fr/api/v2";
                                    options.ClientId = "{{e.ToLowerInvariant()}}";
                                    options.ResponseType = "code";
                                });
                            return services;
                        }
                    }
                    """,
                5 => $$"""
                    using System;
                    using System.Net.Http;
                    using System.Threading.Tasks;

                    namespace {{ns}}.Infrastructure;

                    public sealed class {{e}}AddressLookup
                    {
                        private readonly HttpClient _http;

                        public {{e}}AddressLookup(HttpClient http) => _http = http;

                        public Task<string> SearchAsync(string query) =>
                            _http.GetStringAsync($"https://api-adresse.data.gouv.fr/search/?q={Uri.EscapeDataString(query)}&limit=5");
                    }
                    """,
                6 => $$"""
                    using System;
                    using WorkflowCore.Interface;

                    namespace {{ns}}.Infrastructure;

                    public sealed class {{e}}Circuit : IWorkflow<string>
                    {
                        public string Id => "{{e.ToLowerInvariant()}}-circuit";

                        public int Version => 1;

                        public void Build(IWorkflowBuilder<string> builder) =>
                            builder.StartWith(x => Console.WriteLine(x)).Then(x => Console.WriteLine("validation " + x));
                    }
                    """,
                7 => $$"""
                    using Microsoft.AspNetCore.Identity;

                    namespace {{ns}}.Infrastructure;

                    public sealed class {{e}}Compte
                    {
                        public string Id { get; set; } = string.Empty;
                    }

                    public sealed class {{e}}Comptes
                    {
                        private readonly UserManager<{{e}}Compte> _users;

                        public {{e}}Comptes(UserManager<{{e}}Compte> users) => _users = users;

                        public string Describe() => _users.ToString() ?? string.Empty;
                    }
                    """,
                8 => $$"""
                    using System.Threading;
                    using System.Threading.Tasks;
                    using Microsoft.Bot.Builder;

                    namespace {{ns}}.Infrastructure;

                    public sealed class {{e}}Bot : ActivityHandler
                    {
                        protected override Task OnMessageActivityAsync(object turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
                    }
                    """,
                _ => $$"""
                    using System.Net.Http;
                    using System.Threading.Tasks;

                    namespace {{ns}}.Infrastructure;

                    public sealed class {{e}}Entreprises
                    {
                        private const string Sirene = "https://recherche-entreprises.api.gouv.fr/search";

                        private readonly HttpClient _http;

                        public {{e}}Entreprises(HttpClient http) => _http = http;

                        public Task<string> FindAsync(string siret) => _http.GetStringAsync(Sirene + "?q=" + siret);
                    }
                    """,
            };
            return body + "\n";
        }
    }
}
