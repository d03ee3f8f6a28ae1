namespace Commons.Analyzers.CodeFixes
{
    internal static class Placeholder
    {
    }
}
