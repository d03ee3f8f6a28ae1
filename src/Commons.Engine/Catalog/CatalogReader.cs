using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Commons.Engine.Findings;
using Commons.Engine.Policy;
using Commons.Engine.Yaml;

namespace Commons.Engine.Catalog
{
    /// <summary>
    /// Reads a catalog file leniently: every entry that is malformed becomes a <see cref="CatalogProblem"/> at its
    /// line and is left out, the others are kept. The embedded catalog requires every field; an organisation's file
    /// only the ids (it extends or overrides).
    /// </summary>
    internal sealed class CatalogReader
    {
        private static readonly string[] TopKeys = { "version", "bricks", "groups" };
        private static readonly string[] BrickKeys = { "id", "name-fr", "name-en", "diagnostic", "status", "common", "signatures" };

        /// <summary>The shipped catalog alone names a brick's providers: an organisation's file lives in the repository it would vouch for.</summary>
        private static readonly string[] EmbeddedBrickKeys = BrickKeys.Concat(new[] { "provider" }).ToArray();
        private static readonly string[] ProviderKeys = { "repositories", "packages" };
        private static readonly string[] GroupKeys = { "id", "bricks", "signatures" };
        private static readonly string[] CommonKeys = { "package", "namespace" };
        private static readonly string[] SignatureKeys = { "types", "members", "password-members", "setups", "packages", "hosts", "npm", "pypi", "composer", "maven", "rubygems", "imports" };

        private readonly bool _isOrganisation;
        private readonly List<CatalogProblem> _problems = new List<CatalogProblem>();

        private CatalogReader(bool isOrganisation)
        {
            _isOrganisation = isOrganisation;
        }

        public static CatalogDocument Read(string text, string fileName, bool isOrganisation)
        {
            var reader = new CatalogReader(isOrganisation);
            var document = new CatalogDocument(reader._problems);
            var sink = new FindingSink(fileName, CultureInfo.GetCultureInfo("en"));
            var root = RecordYamlReader.Read(text, sink, ReaderLimits.Default);
            foreach (var finding in sink.Findings)
            {
                reader.Problem(CatalogProblemKind.Unreadable, finding.Position, finding.Message);
            }

            if (sink.Findings.Count > 0)
            {
                return document;
            }

            if (!(root is MappingNode map))
            {
                reader.Problem(CatalogProblemKind.WrongType, root?.Position ?? SourcePosition.Start, "(root)", "mapping");
                return document;
            }

            reader.ReadTop(map, document);
            return document;
        }

        private void ReadTop(MappingNode map, CatalogDocument document)
        {
            CheckKeys(map, TopKeys);
            var version = Scalar(map, "version", required: true);
            if (version != null && version.Value != "1")
            {
                Problem(CatalogProblemKind.UnsupportedVersion, version.Position, "1");
            }

            foreach (var item in Mappings(map, "bricks", required: !_isOrganisation))
            {
                var brick = ReadBrick(item);
                if (brick != null)
                {
                    document.Bricks.Add(brick);
                }
            }

            foreach (var item in Mappings(map, "groups", required: false))
            {
                var group = ReadGroup(item);
                if (group != null)
                {
                    document.Groups.Add(group);
                }
            }
        }

        private BrickEntry? ReadBrick(MappingNode map)
        {
            var before = _problems.Count;
            CheckKeys(map, _isOrganisation ? BrickKeys : EmbeddedBrickKeys);
            var id = Scalar(map, "id", required: true);
            var required = !_isOrganisation;
            var nameFr = Scalar(map, "name-fr", required);
            var nameEn = Scalar(map, "name-en", required);
            var diagnostic = Scalar(map, "diagnostic", required);
            var status = Scalar(map, "status", required);
            if (status != null && !BrickStatus.All.Contains(status.Value))
            {
                Problem(CatalogProblemKind.InvalidValue, status.Position, "status", status.Value, string.Join(", ", BrickStatus.All));
            }

            var common = ReadCommon(map);
            var signatures = ReadSignatures(map);
            var provider = _isOrganisation ? ProviderSource.None : ReadProvider(map);
            if (id == null || _problems.Count > before)
            {
                return null; // a half-read entry could silently weaken the detection: leave it out whole, it is reported
            }

            return new BrickEntry(id.Value, id.Position, nameFr?.Value, nameEn?.Value, diagnostic?.Value, status?.Value, common, signatures, provider);
        }

        private GroupEntry? ReadGroup(MappingNode map)
        {
            var before = _problems.Count;
            CheckKeys(map, GroupKeys);
            var id = Scalar(map, "id", required: true);
            var bricks = Texts(map, "bricks", required: !_isOrganisation);
            var signatures = ReadSignatures(map);
            if (id == null || _problems.Count > before)
            {
                return null;
            }

            return new GroupEntry(id.Value, id.Position, map.Find("bricks")?.Value.Position ?? id.Position, bricks, signatures);
        }

        private CommonComponent? ReadCommon(MappingNode brick)
        {
            var entry = brick.Find("common");
            if (entry == null)
            {
                return null;
            }

            if (!(entry.Value is MappingNode map))
            {
                Problem(CatalogProblemKind.WrongType, entry.Value.Position, "common", "mapping");
                return null;
            }

            CheckKeys(map, CommonKeys);
            var package = Scalar(map, "package", required: true);
            var ns = Scalar(map, "namespace", required: true);
            if (ns != null && !SymbolNames.IsQualifiedName(ns.Value))
            {
                Problem(CatalogProblemKind.InvalidSymbolName, ns.Position, ns.Value);
            }

            return package == null || ns == null ? null : new CommonComponent(package.Value, ns.Value);
        }

        private ProviderSource ReadProvider(MappingNode brick)
        {
            var entry = brick.Find("provider");
            if (entry == null || (entry.Value is ScalarNode empty && empty.IsNull))
            {
                return ProviderSource.None;
            }

            if (!(entry.Value is MappingNode map))
            {
                Problem(CatalogProblemKind.WrongType, entry.Value.Position, "provider", "mapping");
                return ProviderSource.None;
            }

            CheckKeys(map, ProviderKeys);
            return new ProviderSource(
                Validated(map, "repositories", RepositoryPattern.IsValid, CatalogProblemKind.InvalidValue),
                Validated(map, "packages", p => p.Length > 0 && p.IndexOf(' ') < 0, CatalogProblemKind.InvalidValue));
        }

        private SignatureSet ReadSignatures(MappingNode owner)
        {
            var entry = owner.Find("signatures");
            if (entry == null || (entry.Value is ScalarNode empty && empty.IsNull))
            {
                return SignatureSet.Empty;
            }

            if (!(entry.Value is MappingNode map))
            {
                Problem(CatalogProblemKind.WrongType, entry.Value.Position, "signatures", "mapping");
                return SignatureSet.Empty;
            }

            CheckKeys(map, SignatureKeys);
            return new SignatureSet(
                Validated(map, "types", SymbolNames.IsTypePattern, CatalogProblemKind.InvalidSymbolName),
                Validated(map, "members", SymbolNames.IsMemberName, CatalogProblemKind.InvalidSymbolName),
                Validated(map, "password-members", SymbolNames.IsMemberName, CatalogProblemKind.InvalidSymbolName),
                Validated(map, "setups", SymbolNames.IsMemberName, CatalogProblemKind.InvalidSymbolName),
                Validated(map, "packages", p => p.Length > 0 && p.IndexOf(' ') < 0, CatalogProblemKind.InvalidValue),
                Validated(map, "hosts", h => HostPattern.TryParse(h, out _), CatalogProblemKind.InvalidHost),
                PackageEcosystems.Others.ToDictionary(e => e, e => Validated(map, e, p => p.Length > 0 && p.IndexOf(' ') < 0, CatalogProblemKind.InvalidValue)),
                Validated(map, "imports", i => ImportSignature.TryParse(i, out _), CatalogProblemKind.InvalidValue));
        }

        private IReadOnlyList<string> Validated(MappingNode map, string key, System.Func<string, bool> isValid, CatalogProblemKind kind)
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

        private IReadOnlyList<string> Texts(MappingNode map, string key, bool required)
        {
            if (required && map.Find(key) == null)
            {
                Problem(CatalogProblemKind.MissingKey, map.Position, key);
            }

            return ScalarItems(map, key).Select(s => s.Value).ToList();
        }

        private IEnumerable<ScalarNode> ScalarItems(MappingNode map, string key)
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

        private IEnumerable<MappingNode> Mappings(MappingNode map, string key, bool required)
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

        private ScalarNode? Scalar(MappingNode map, string key, bool required)
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

        private void CheckKeys(MappingNode map, string[] allowed)
        {
            foreach (var entry in map.Entries)
            {
                if (!allowed.Contains(entry.Key.Value))
                {
                    Problem(CatalogProblemKind.UnknownKey, entry.Key.Position, entry.Key.Value, string.Join(", ", allowed));
                }
            }
        }

        private void Problem(CatalogProblemKind kind, SourcePosition position, params string[] arguments) =>
            _problems.Add(new CatalogProblem(kind, position, arguments));
    }

    internal sealed class CatalogDocument
    {
        public CatalogDocument(List<CatalogProblem> problems)
        {
            Problems = problems;
        }

        public List<CatalogProblem> Problems { get; }

        public List<BrickEntry> Bricks { get; } = new List<BrickEntry>();

        public List<GroupEntry> Groups { get; } = new List<GroupEntry>();
    }

    /// <summary>A brick as written; in an organisation's file every field but the id may be absent.</summary>
    internal sealed class BrickEntry
    {
        public BrickEntry(string id, SourcePosition position, string? nameFr, string? nameEn, string? diagnostic, string? status, CommonComponent? common, SignatureSet signatures, ProviderSource provider)
        {
            Provider = provider;
            Id = id;
            Position = position;
            NameFr = nameFr;
            NameEn = nameEn;
            Diagnostic = diagnostic;
            Status = status;
            Common = common;
            Signatures = signatures;
        }

        public string Id { get; }

        public SourcePosition Position { get; }

        public string? NameFr { get; }

        public string? NameEn { get; }

        public string? Diagnostic { get; }

        public string? Status { get; }

        public CommonComponent? Common { get; }

        public SignatureSet Signatures { get; }

        public ProviderSource Provider { get; }

        public Brick ToBrick() =>
            new Brick(Id, new LocalizedName(NameFr ?? Id, NameEn ?? Id), Status ?? BrickStatus.Planned, Diagnostic ?? string.Empty, Common, Signatures, Provider);
    }

    internal sealed class GroupEntry
    {
        public GroupEntry(string id, SourcePosition position, SourcePosition bricksPosition, IReadOnlyList<string> brickIds, SignatureSet signatures)
        {
            Id = id;
            Position = position;
            BricksPosition = bricksPosition;
            BrickIds = brickIds;
            Signatures = signatures;
        }

        public string Id { get; }

        public SourcePosition Position { get; }

        public SourcePosition BricksPosition { get; }

        public IReadOnlyList<string> BrickIds { get; }

        public SignatureSet Signatures { get; }

        public BrickGroup ToGroup() => new BrickGroup(Id, BrickIds, Signatures);
    }
}
