using System.Collections.Generic;
using Commons.Engine.Findings;
using Commons.Engine.Policy;

namespace Commons.Engine.Catalog
{
    /// <summary>What <see cref="CatalogReader"/> read from one file: its entries as written, and its problems.</summary>
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
