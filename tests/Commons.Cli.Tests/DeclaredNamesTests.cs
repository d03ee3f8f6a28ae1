using Commons.Cli.Scan;

namespace Commons.Cli.Tests;

/// <summary>
/// What a C# file declares, read from its text without parsing it: the scan compiles a file left out by the pre-filter
/// only when an analysed file names one of these.
/// </summary>
public class DeclaredNamesTests
{
    [Fact]
    public void Types_of_every_kind_and_extension_methods_are_named()
    {
        const string text = """
            namespace App;
            public sealed class Mailer { }
            internal partial struct Point { }
            public interface IStore<T> where T : class { }
            public record Person(string Name);
            public record struct Money(decimal Amount);
            public record class Order;
            enum Colour { Red }
            public delegate Task<int> Counter<T>(T item);
            public static class Extensions
            {
                public static void AddMailing(this IServiceCollection services) { }
                public static T Pick<T>( this IEnumerable<T> items) => default!;
                public void NotAnExtension() { Use(this.Value); }
            }
            """;

        var names = DeclaredNames.Of(text);

        foreach (var expected in new[] { "Mailer", "Point", "IStore", "Person", "Money", "Order", "Colour", "Counter", "Extensions", "AddMailing", "Pick" })
        {
            Assert.Contains(expected, names);
        }

        Assert.DoesNotContain("NotAnExtension", names);
        Assert.DoesNotContain("Use", names);
        Assert.DoesNotContain("struct", names);
    }

    [Fact]
    public void A_keyword_inside_a_longer_word_is_not_a_declaration() =>
        Assert.Empty(DeclaredNames.Of("var subclass = classic; var records = enumerable; thisValue(x);"));
}

/// <summary>The pre-filter's names are whole identifiers: found in one pass, never inside a longer name.</summary>
public class IdentifierKeysTests
{
    private static readonly IdentifierKeys Keys = new(new[] { "SmtpClient", "HashPassword", "Duende", "Écrivain" });

    [Theory]
    [InlineData("using var c = new SmtpClient();")]
    [InlineData("hasher.HashPassword(user, secret)")]
    [InlineData("using Duende.IdentityServer;")]
    [InlineData("class C : MailKit.Net.Smtp.SmtpClient { }")]
    [InlineData("var x = new @SmtpClient();")]
    [InlineData("new Écrivain()")]
    [InlineData("SmtpClient")]
    public void A_whole_name_is_found(string text) => Assert.True(Keys.AnyIn(text));

    [Theory]
    [InlineData("var f = new MySmtpClientFactory();")]
    [InlineData("HashPasswords(); DuendeLike = 1;")]
    [InlineData("smtpclient SMTPCLIENT Smtp Client")]
    [InlineData("")]
    public void A_name_inside_a_longer_one_or_in_another_case_is_not(string text) => Assert.False(Keys.AnyIn(text));
}

/// <summary>Which blocks of an analysed file are bound: those a key starts in, and every block of a type bound whole.</summary>
public class KeyedBlocksTests
{
    private static readonly Microsoft.CodeAnalysis.SyntaxTree Tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
        "class A { void M1() { } void M2() { } class Inner { void M3() { } } }\nclass B { void M4() { } }");

    private static Microsoft.CodeAnalysis.SyntaxNode Method(string name) =>
        Tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == name);

    [Fact]
    public void A_block_is_bound_when_a_key_starts_inside_it()
    {
        var keyed = new KeyedBlocks(new List<int> { Method("M2").SpanStart + 3 }, new List<Microsoft.CodeAnalysis.Text.TextSpan>());
        Assert.Equal(new[] { false, true, false, false }, new[] { "M1", "M2", "M3", "M4" }.Select(m => keyed.Holds(Method(m))));
    }

    [Fact]
    public void Every_block_of_a_type_bound_whole_is_bound_nested_types_included()
    {
        var typeA = Tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().First();
        var inner = typeA.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Single();
        var keyed = new KeyedBlocks(new List<int>(), new List<Microsoft.CodeAnalysis.Text.TextSpan> { inner.Span, typeA.Span });
        Assert.Equal(new[] { true, true, true, false }, new[] { "M1", "M2", "M3", "M4" }.Select(m => keyed.Holds(Method(m))));
        Assert.True(KeyedBlocks.Every.Holds(Method("M4")));
    }
}
