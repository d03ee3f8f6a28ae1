using System.Collections.Generic;
using Commons.Engine.Yaml;

namespace Commons.Engine.Policy
{
    /// <summary>Small accessors over the policy data's YAML, failing loudly on a shape mismatch.</summary>
    internal static class DataReader
    {
        public static MappingNode Map(MappingNode parent, string key) =>
            parent.Find(key)?.Value as MappingNode ?? throw Missing(parent, key, "mapping");

        public static string Text(MappingNode parent, string key) =>
            (parent.Find(key)?.Value as ScalarNode)?.Value ?? throw Missing(parent, key, "text");

        public static int Integer(MappingNode parent, string key) =>
            int.TryParse(Text(parent, key), out var value) ? value : throw Missing(parent, key, "integer");

        public static IReadOnlyList<string> List(MappingNode parent, string key)
        {
            if (!(parent.Find(key)?.Value is SequenceNode sequence))
            {
                throw Missing(parent, key, "list");
            }

            var result = new List<string>();
            foreach (var item in sequence.Items)
            {
                result.Add((item as ScalarNode)?.Value ?? throw Missing(parent, key, "list of text"));
            }

            return result;
        }

        public static IReadOnlyList<MappingNode> MapList(MappingNode parent, string key)
        {
            if (!(parent.Find(key)?.Value is SequenceNode sequence))
            {
                throw Missing(parent, key, "list");
            }

            var result = new List<MappingNode>();
            foreach (var item in sequence.Items)
            {
                result.Add(item as MappingNode ?? throw Missing(parent, key, "list of mappings"));
            }

            return result;
        }

        /// <summary>Where <paramref name="key"/> is written in <paramref name="parent"/> (the mapping's start when it is not).</summary>
        public static Findings.SourcePosition KeyPosition(MappingNode parent, string key) => ((Node?)parent.Find(key)?.Key ?? parent).Position;

        private static PolicyDataException Missing(MappingNode parent, string key, string kind) =>
            new PolicyDataException("Policy data: '" + key + "' (near line " + parent.Position.Line + ") must be a " + kind + ".", KeyPosition(parent, key));
    }
}
