using System.Collections.Generic;
using Commons.Engine.Findings;

namespace Commons.Engine.Catalog
{
    /// <summary>What is wrong with a catalog entry. The analyzers turn each kind into a localized message.</summary>
    public enum CatalogProblemKind
    {
        /// <summary>The file is not YAML, or could not be read. Argument: the reader's message.</summary>
        Unreadable,

        /// <summary>Argument: the expected version.</summary>
        UnsupportedVersion,

        /// <summary>Arguments: the key, the keys allowed there.</summary>
        UnknownKey,

        /// <summary>Arguments: the key, the expected kind (text, list, mapping).</summary>
        WrongType,

        /// <summary>Argument: the key.</summary>
        MissingKey,

        /// <summary>Arguments: the key, the value, the values allowed.</summary>
        InvalidValue,

        /// <summary>Argument: the signature that is not a fully qualified name.</summary>
        InvalidSymbolName,

        /// <summary>Argument: the host pattern.</summary>
        InvalidHost,

        /// <summary>Argument: the brick id. A brick marked available must name its common component.</summary>
        AvailableWithoutCommon,

        /// <summary>Argument: the id written twice.</summary>
        Duplicate,

        /// <summary>Arguments: the id, the known ids. New bricks need a diagnostic ID, so they come with a new release.</summary>
        UnknownBrick,
    }

    public sealed class CatalogProblem
    {
        public CatalogProblem(CatalogProblemKind kind, SourcePosition position, params string[] arguments)
        {
            Kind = kind;
            Position = position;
            Arguments = arguments;
        }

        public CatalogProblemKind Kind { get; }

        public SourcePosition Position { get; }

        public IReadOnlyList<string> Arguments { get; }
    }
}
