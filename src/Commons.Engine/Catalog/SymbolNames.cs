using System.Text.RegularExpressions;

namespace Commons.Engine.Catalog
{
    /// <summary>How the catalog writes symbols, and the metadata names the compiler resolves them by.</summary>
    public static class SymbolNames
    {
        public const string ConstructorName = ".ctor";

        private const string Identifier = @"[\p{L}_][\p{L}\p{Nd}_]*";
        private static readonly Regex Qualified = new Regex("^" + Identifier + @"(\." + Identifier + ")*$", RegexOptions.CultureInvariant);
        private static readonly Regex TypePattern = new Regex(
            "^" + Identifier + @"(\." + Identifier + @")*(<\s*" + Identifier + @"(\s*,\s*" + Identifier + @")*\s*>|\.\*)?$",
            RegexOptions.CultureInvariant);

        public static bool IsQualifiedName(string text) => Qualified.IsMatch(text);

        /// <summary><c>Ns.Type</c>, <c>Ns.Type&lt;T&gt;</c> or a whole namespace <c>Ns.*</c>.</summary>
        public static bool IsTypePattern(string text) => TypePattern.IsMatch(text);

        /// <summary>True for <c>Ns.*</c>: every type of the namespace and of the namespaces below it.</summary>
        public static bool IsNamespacePattern(string text) => text.EndsWith(".*", System.StringComparison.Ordinal);

        /// <summary><c>Ns.Type.Method</c> or <c>Ns.Type..ctor</c>.</summary>
        public static bool IsMemberName(string text)
        {
            var (type, member) = SplitMember(text);
            return type.Length > 0 && IsTypePattern(type) && !IsNamespacePattern(type) && (member == ConstructorName || IsQualifiedName(member)) && member.IndexOf('.') <= 0;
        }

        /// <summary>Splits <c>Ns.Type.Method</c> into the type and the member name (<c>.ctor</c> for constructors).</summary>
        public static (string Type, string Member) SplitMember(string text)
        {
            if (text.EndsWith(".." + "ctor", System.StringComparison.Ordinal))
            {
                return (text.Substring(0, text.Length - 6), ConstructorName);
            }

            var dot = text.LastIndexOf('.');
            return dot <= 0 ? (string.Empty, text) : (text.Substring(0, dot), text.Substring(dot + 1));
        }

        /// <summary><c>Ns.Type&lt;T, U&gt;</c> becomes <c>Ns.Type`2</c>, the name the compiler resolves.</summary>
        public static string ToMetadataName(string typeName)
        {
            var open = typeName.IndexOf('<');
            if (open < 0)
            {
                return typeName;
            }

            var arity = 1;
            foreach (var c in typeName)
            {
                if (c == ',')
                {
                    arity++;
                }
            }

            return typeName.Substring(0, open) + "`" + arity;
        }

        /// <summary>The namespace of a <c>Ns.*</c> pattern.</summary>
        public static string NamespaceOf(string pattern) => pattern.Substring(0, pattern.Length - 2);
    }
}
