namespace Commons.Engine.Findings
{
    /// <summary>Where each rule is documented: <c>docs/rules/ID.md</c> in the repository.</summary>
    public static class HelpLinks
    {
        public const string BaseUri = "https://github.com/SocialGouv/commons-analyzers/blob/main/docs/rules/";

        public static string For(string ruleId) => BaseUri + ruleId + ".md";
    }
}
