using Commons.Engine.Catalog;

namespace Commons.Engine.Tests;

/// <summary>
/// How the catalog writes symbols and the metadata names they resolve to, value by value: these decide which catalog
/// entries are refused and which compiler symbol a signature names. Written from the mutation run's survivors (issue 21,
/// point 10): before, only the analyzers' end-to-end tests went through these, and a changed bound or anchor passed.
/// </summary>
public class SymbolNamesTests
{
    [Theory]
    [InlineData("System", true)]
    [InlineData("System.Net.Mail", true)]
    [InlineData("_private.État2", true)]
    [InlineData("System.Net.", false)]
    [InlineData(".System", false)]
    [InlineData("2fa.Codes", false)]
    [InlineData("System..Net", false)]
    [InlineData("System.Net x", false)]
    [InlineData("x System.Net", false)]
    [InlineData("System.Net.Mail.SmtpClient<T>", false)]
    [InlineData("", false)]
    public void A_qualified_name_is_dotted_identifiers_and_nothing_else(string text, bool expected) =>
        Assert.Equal(expected, SymbolNames.IsQualifiedName(text));

    [Theory]
    [InlineData("System.Net.Mail.SmtpClient", true)]
    [InlineData("Microsoft.AspNetCore.Identity.PasswordHasher<TUser>", true)]
    [InlineData("Acme.Map< TKey , TValue >", true)]
    [InlineData("Amazon.S3.*", true)]
    [InlineData("Amazon.S3.*.Model", false)]
    [InlineData("Amazon.S3*", false)]
    [InlineData("Acme.Map<TKey,>", false)]
    [InlineData("Acme.Map<>", false)]
    [InlineData("Acme.Map<TKey>x", false)]
    [InlineData("x Acme.Map", false)]
    [InlineData("Acme.Map<TKey> ", false)]
    public void A_type_pattern_is_a_type_a_generic_type_or_a_whole_namespace(string text, bool expected) =>
        Assert.Equal(expected, SymbolNames.IsTypePattern(text));

    [Theory]
    [InlineData("Amazon.S3.*", true)]
    [InlineData("Amazon.S3", false)]
    [InlineData("Amazon.S3*", false)]
    [InlineData("*.Amazon", false)]
    public void A_namespace_pattern_ends_with_dot_star(string text, bool expected) =>
        Assert.Equal(expected, SymbolNames.IsNamespacePattern(text));

    [Theory]
    [InlineData("System.Net.Mail.SmtpClient.Send", true)]
    [InlineData("System.Net.Mail.SmtpClient..ctor", true)]
    [InlineData("Acme.Map<TKey>.Add", true)]
    [InlineData("Amazon.S3.*.Send", false)]
    [InlineData("Send", false)]
    [InlineData(".Send", false)]
    [InlineData("System.Net.Mail.SmtpClient.", false)]
    [InlineData("System.Net.Mail.SmtpClient..dtor", false)]
    [InlineData("System.Net.Mail.SmtpClient.Send<T>", false)]
    [InlineData("Acme Map.Add", false)]
    public void A_member_name_is_a_type_then_a_method_or_a_constructor(string text, bool expected) =>
        Assert.Equal(expected, SymbolNames.IsMemberName(text));

    [Theory]
    [InlineData("System.Net.Mail.SmtpClient.Send", "System.Net.Mail.SmtpClient", "Send")]
    [InlineData("System.Net.Mail.SmtpClient..ctor", "System.Net.Mail.SmtpClient", ".ctor")]
    [InlineData("A..ctor", "A", ".ctor")]
    [InlineData("Send", "", "Send")]
    [InlineData(".Send", "", ".Send")]
    [InlineData("A.B", "A", "B")]
    [InlineData("Acme.Clinic.Doctor", "Acme.Clinic", "Doctor")]
    [InlineData("Acme.Clinic..Doctor", "Acme.Clinic.", "Doctor")]
    public void A_member_splits_at_its_last_dot_or_before_ctor(string text, string type, string member) =>
        Assert.Equal((type, member), SymbolNames.SplitMember(text));

    [Theory]
    [InlineData("System.Net.Mail.SmtpClient", "System.Net.Mail.SmtpClient")]
    [InlineData("Microsoft.AspNetCore.Identity.PasswordHasher<TUser>", "Microsoft.AspNetCore.Identity.PasswordHasher`1")]
    [InlineData("Acme.Map<TKey, TValue>", "Acme.Map`2")]
    [InlineData("Acme.Tuple<A,B,C>", "Acme.Tuple`3")]
    public void A_generic_type_becomes_its_metadata_name_with_its_arity(string type, string metadata) =>
        Assert.Equal(metadata, SymbolNames.ToMetadataName(type));

    [Theory]
    [InlineData("Amazon.S3.*", "Amazon.S3")]
    [InlineData("A.*", "A")]
    public void A_namespace_pattern_names_its_namespace(string pattern, string ns) =>
        Assert.Equal(ns, SymbolNames.NamespaceOf(pattern));
}
