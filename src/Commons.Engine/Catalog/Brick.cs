using System.Collections.Generic;
using Commons.Engine.Policy;

namespace Commons.Engine.Catalog
{
    public sealed class Brick
    {
        public Brick(string id, LocalizedName name, string status)
            : this(id, name, status, string.Empty, null, SignatureSet.Empty)
        {
        }

        public Brick(string id, LocalizedName name, string status, string diagnosticId, CommonComponent? common, SignatureSet signatures, ProviderSource? provider = null)
        {
            Provider = provider ?? ProviderSource.None;
            Id = id;
            Name = name;
            Status = status;
            DiagnosticId = diagnosticId;
            Common = common;
            Signatures = signatures;
        }

        public string Id { get; }

        public LocalizedName Name { get; }

        /// <summary><c>planned</c> or <c>available</c>.</summary>
        public string Status { get; }

        /// <summary>The analyzer rule that reports code reimplementing this brick (CN1001…).</summary>
        public string DiagnosticId { get; }

        /// <summary>The common component to use instead; set when the brick is available.</summary>
        public CommonComponent? Common { get; }

        public SignatureSet Signatures { get; }

        /// <summary>Who may declare <c>fournisseur</c> for this brick: its repositories and the packages it ships.</summary>
        public ProviderSource Provider { get; }

        public bool IsAvailable => Status == BrickStatus.Available && Common != null;
    }

    public static class BrickStatus
    {
        public const string Planned = "planned";
        public const string Available = "available";

        public static readonly IReadOnlyList<string> All = new[] { Planned, Available };
    }

    /// <summary>The shared component that implements a brick: using it is compliant.</summary>
    public sealed class CommonComponent
    {
        public CommonComponent(string package, string @namespace)
        {
            Package = package;
            Namespace = @namespace;
        }

        public string Package { get; }

        public string Namespace { get; }
    }

    /// <summary>Signatures that belong to one of several bricks; the analyzers pick which from the record and hosts.</summary>
    public sealed class BrickGroup
    {
        public BrickGroup(string id, IReadOnlyList<string> brickIds, SignatureSet signatures)
        {
            Id = id;
            BrickIds = brickIds;
            Signatures = signatures;
        }

        public string Id { get; }

        public IReadOnlyList<string> BrickIds { get; }

        public SignatureSet Signatures { get; }
    }
}
