using Commons.Engine.Catalog;

namespace Commons.Cli.Tests.Rules;

/// <summary>One step of adding a brick: what README's checklist tells, and what is still missing for a catalog.</summary>
internal sealed record BrickStep(string Where, string What, Func<BrickCatalog, string, IEnumerable<string>> Missing);
