using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Findings;
using Commons.Engine.Yaml;

namespace Commons.Engine.Catalog
{
    /// <summary>
    /// Reads the values of a catalog's YAML nodes leniently: a value of the wrong shape is left out and becomes a
    /// <see cref="CatalogProblem"/> at its position (collected in <see cref="Problems"/>), so one bad entry never
    /// hides the others.
    /// </summary>
    internal sealed class CatalogNodes
    {
        public List<CatalogProblem> Problems { get; } = new List<CatalogProblem>();

        public IReadOnlyList<string> Validated(MappingNode map, string key, System.Func<string, bool> isValid, CatalogProblemKind kind)
        {
            var result = new List<string>();
            foreach (var item in ScalarItems(map, key))
            {
                if (isValid(item.Value))
                {
                    result.Add(item.Value);
                }
                else if (kind == CatalogProblemKind.InvalidValue)
                {
                    var expected = key == "repositories" ? "a repository address (host/owner/name, * for any part)"
                        : key == "imports" ? "language:module (" + string.Join(", ", ImportSignature.Languages) + ")"
                        : key == "settings" ? "configuration keys joined by ' + ' (smtp host + smtp port), a key=value for a value"
                        : "a package id";
                    Problem(kind, item.Position, key, item.Value, expected);
                }
                else
                {
                    Problem(kind, item.Position, item.Value);
                }
            }

            return result;
        }

        public IReadOnlyList<string> Texts(MappingNode map, string key, bool required)
        {
            if (required && map.Find(key) == null)
            {
                Problem(CatalogProblemKind.MissingKey, map.Position, key);
            }

            return ScalarItems(map, key).Select(s => s.Value).ToList();
        }

        public IEnumerable<ScalarNode> ScalarItems(MappingNode map, string key)
        {
            var entry = map.Find(key);
            if (entry == null || (entry.Value is ScalarNode empty && empty.IsNull))
            {
                yield break;
            }

            if (!(entry.Value is SequenceNode sequence))
            {
                Problem(CatalogProblemKind.WrongType, entry.Value.Position, key, "list");
                yield break;
            }

            foreach (var item in sequence.Items)
            {
                if (item is ScalarNode scalar && !scalar.IsNull && scalar.Value.Trim().Length > 0)
                {
                    yield return scalar;
                }
                else
                {
                    Problem(CatalogProblemKind.WrongType, item.Position, key, "list of text");
                }
            }
        }

        public IEnumerable<MappingNode> Mappings(MappingNode map, string key, bool required)
        {
            var entry = map.Find(key);
            if (entry == null)
            {
                if (required)
                {
                    Problem(CatalogProblemKind.MissingKey, map.Position, key);
                }

                yield break;
            }

            if (entry.Value is ScalarNode empty && empty.IsNull)
            {
                yield break;
            }

            if (!(entry.Value is SequenceNode sequence))
            {
                Problem(CatalogProblemKind.WrongType, entry.Value.Position, key, "list");
                yield break;
            }

            foreach (var item in sequence.Items)
            {
                if (item is MappingNode mapping)
                {
                    yield return mapping;
                }
                else
                {
                    Problem(CatalogProblemKind.WrongType, item.Position, key, "list of mappings");
                }
            }
        }

        /// <summary>
        /// The mapping under <paramref name="key"/> with its keys checked against <paramref name="allowedKeys"/>, or null
        /// when the key is absent or empty, or holds something else (a problem then).
        /// </summary>
        public MappingNode? OptionalMapping(MappingNode owner, string key, string[] allowedKeys)
        {
            var entry = owner.Find(key);
            if (entry == null || (entry.Value is ScalarNode empty && empty.IsNull))
            {
                return null;
            }

            if (!(entry.Value is MappingNode map))
            {
                Problem(CatalogProblemKind.WrongType, entry.Value.Position, key, "mapping");
                return null;
            }

            CheckKeys(map, allowedKeys);
            return map;
        }

        public ScalarNode? Scalar(MappingNode map, string key, bool required)
        {
            var entry = map.Find(key);
            if (entry == null)
            {
                if (required)
                {
                    Problem(CatalogProblemKind.MissingKey, map.Position, key);
                }

                return null;
            }

            if (entry.Value is ScalarNode scalar && !scalar.IsNull && scalar.Value.Trim().Length > 0)
            {
                return scalar;
            }

            Problem(CatalogProblemKind.WrongType, entry.Value.Position, key, "text");
            return null;
        }

        public void CheckKeys(MappingNode map, string[] allowed)
        {
            foreach (var entry in map.Entries)
            {
                if (!allowed.Contains(entry.Key.Value))
                {
                    Problem(CatalogProblemKind.UnknownKey, entry.Key.Position, entry.Key.Value, string.Join(", ", allowed));
                }
            }
        }

        public void Problem(CatalogProblemKind kind, SourcePosition position, params string[] arguments) =>
            Problems.Add(new CatalogProblem(kind, position, arguments));
    }
}
