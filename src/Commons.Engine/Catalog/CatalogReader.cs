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
        private static readonly string[] SignatureKeys = { "types", "members", "password-members", "setups", "packages", "hosts", "npm", "pypi", "composer", "maven", "rubygems", "imports", "settings" };

        private readonly bool _isOrganisation;
        private readonly CatalogNodes _nodes = new CatalogNodes();

        private CatalogReader(bool isOrganisation)
        {
            _isOrganisation = isOrganisation;
        }

        public static CatalogDocument Read(string text, string fileName, bool isOrganisation)
        {
            var reader = new CatalogReader(isOrganisation);
            var document = new CatalogDocument(reader._nodes.Problems);
            var sink = new FindingSink(fileName, CultureInfo.GetCultureInfo("en"));
            var root = RecordYamlReader.Read(text, sink, ReaderLimits.Default);
            foreach (var finding in sink.Findings)
            {
                reader._nodes.Problem(CatalogProblemKind.Unreadable, finding.Position, finding.Message);
            }

            if (sink.Findings.Count > 0)
            {
                return document;
            }

            if (!(root is MappingNode map))
            {
                reader._nodes.Problem(CatalogProblemKind.WrongType, root?.Position ?? SourcePosition.Start, "(root)", "mapping");
                return document;
            }

            reader.ReadTop(map, document);
            return document;
        }

        private void ReadTop(MappingNode map, CatalogDocument document)
        {
            _nodes.CheckKeys(map, TopKeys);
            var version = _nodes.Scalar(map, "version", required: true);
            if (version != null && version.Value != "1")
            {
                _nodes.Problem(CatalogProblemKind.UnsupportedVersion, version.Position, "1");
            }

            foreach (var item in _nodes.Mappings(map, "bricks", required: !_isOrganisation))
            {
                var brick = ReadBrick(item);
                if (brick != null)
                {
                    document.Bricks.Add(brick);
                }
            }

            foreach (var item in _nodes.Mappings(map, "groups", required: false))
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
            var before = _nodes.Problems.Count;
            _nodes.CheckKeys(map, _isOrganisation ? BrickKeys : EmbeddedBrickKeys);
            var id = _nodes.Scalar(map, "id", required: true);
            var required = !_isOrganisation;
            var nameFr = _nodes.Scalar(map, "name-fr", required);
            var nameEn = _nodes.Scalar(map, "name-en", required);
            var diagnostic = _nodes.Scalar(map, "diagnostic", required);
            var status = _nodes.Scalar(map, "status", required);
            if (status != null && !BrickStatus.All.Contains(status.Value))
            {
                _nodes.Problem(CatalogProblemKind.InvalidValue, status.Position, "status", status.Value, string.Join(", ", BrickStatus.All));
            }

            var common = ReadCommon(map);
            var signatures = ReadSignatures(map);
            var provider = _isOrganisation ? ProviderSource.None : ReadProvider(map);
            if (id == null || _nodes.Problems.Count > before)
            {
                return null; // a half-read entry could silently weaken the detection: leave it out whole, it is reported
            }

            return new BrickEntry(id.Value, id.Position, nameFr?.Value, nameEn?.Value, diagnostic?.Value, status?.Value, common, signatures, provider);
        }

        private GroupEntry? ReadGroup(MappingNode map)
        {
            var before = _nodes.Problems.Count;
            _nodes.CheckKeys(map, GroupKeys);
            var id = _nodes.Scalar(map, "id", required: true);
            var bricks = _nodes.Texts(map, "bricks", required: !_isOrganisation);
            var signatures = ReadSignatures(map);
            if (id == null || _nodes.Problems.Count > before)
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
                _nodes.Problem(CatalogProblemKind.WrongType, entry.Value.Position, "common", "mapping");
                return null;
            }

            _nodes.CheckKeys(map, CommonKeys);
            var package = _nodes.Scalar(map, "package", required: true);
            var ns = _nodes.Scalar(map, "namespace", required: true);
            if (ns != null && !SymbolNames.IsQualifiedName(ns.Value))
            {
                _nodes.Problem(CatalogProblemKind.InvalidSymbolName, ns.Position, ns.Value);
            }

            return package == null || ns == null ? null : new CommonComponent(package.Value, ns.Value);
        }

        private ProviderSource ReadProvider(MappingNode brick)
        {
            var map = _nodes.OptionalMapping(brick, "provider", ProviderKeys);
            return map == null
                ? ProviderSource.None
                : new ProviderSource(
                    _nodes.Validated(map, "repositories", RepositoryPattern.IsValid, CatalogProblemKind.InvalidValue),
                    _nodes.Validated(map, "packages", IsPackageName, CatalogProblemKind.InvalidValue));
        }

        private SignatureSet ReadSignatures(MappingNode owner)
        {
            var map = _nodes.OptionalMapping(owner, "signatures", SignatureKeys);
            return map == null
                ? SignatureSet.Empty
                : new SignatureSet(
                    _nodes.Validated(map, "types", SymbolNames.IsTypePattern, CatalogProblemKind.InvalidSymbolName),
                    _nodes.Validated(map, "members", SymbolNames.IsMemberName, CatalogProblemKind.InvalidSymbolName),
                    _nodes.Validated(map, "password-members", SymbolNames.IsMemberName, CatalogProblemKind.InvalidSymbolName),
                    _nodes.Validated(map, "setups", SymbolNames.IsMemberName, CatalogProblemKind.InvalidSymbolName),
                    _nodes.Validated(map, "packages", IsPackageName, CatalogProblemKind.InvalidValue),
                    _nodes.Validated(map, "hosts", h => HostPattern.TryParse(h, out _), CatalogProblemKind.InvalidHost),
                    PackageEcosystems.Others.ToDictionary(e => e, e => _nodes.Validated(map, e, IsPackageName, CatalogProblemKind.InvalidValue)),
                    _nodes.Validated(map, "imports", i => ImportSignature.TryParse(i, out _), CatalogProblemKind.InvalidValue),
                    _nodes.Validated(map, "settings", i => SettingSignature.TryParse(i, out _), CatalogProblemKind.InvalidValue));
        }

        /// <summary>A package as a registry names it: one word, whatever the ecosystem's own syntax.</summary>
        private static bool IsPackageName(string name) => name.Length > 0 && name.IndexOf(' ') < 0;
    }
}
