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
