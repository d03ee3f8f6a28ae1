using System.Reflection;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;

namespace Commons.Engine.Tests;

/// <summary>The one registry of IDs: each written once, well formed, and the data's IDs are registered.</summary>
public class DiagnosticIdsTests
{
    private static readonly FieldInfo[] Constants = typeof(DiagnosticIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .ToArray();

    [Fact]
    public void No_two_constants_share_an_id()
    {
        var ids = Constants.Select(f => (string)f.GetRawConstantValue()!)
            .Concat(BrickCatalog.Embedded.Bricks.Select(b => b.DiagnosticId))
            .ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), DiagnosticIds.All);
    }

    [Fact]
    public void Every_id_is_CN_and_four_digits()
    {
        Assert.All(DiagnosticIds.All, id => Assert.Matches(new Regex("^CN[0-9]{4}$"), id));
    }

    [Fact]
    public void Every_record_rule_is_registered()
    {
        Assert.All(RecordRules.All, rule => Assert.Contains(rule.Id, DiagnosticIds.All));
    }

    [Fact]
    public void Every_brick_of_the_catalog_names_its_own_id_in_the_brick_range()
    {
        var constants = Constants.Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.All(BrickCatalog.Embedded.Bricks, brick =>
        {
            Assert.Contains(brick.DiagnosticId, DiagnosticIds.All);
            Assert.DoesNotContain(brick.DiagnosticId, constants);
            Assert.Matches(new Regex("^CN10[0-9]{2}$"), brick.DiagnosticId);
        });
        Assert.Equal(BrickCatalog.Embedded.Bricks.Count, BrickCatalog.Embedded.Bricks.Select(b => b.DiagnosticId).Distinct().Count());
    }
}
