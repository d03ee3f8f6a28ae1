using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Commons.Engine.Catalog;
using Microsoft.CodeAnalysis;

namespace Commons.Analyzers
{
    /// <summary>
    /// Whose signature matched: one brick, or a group of bricks (local identity belongs to agent or public
    /// authentication and the code alone cannot tell which).
    /// </summary>
    internal sealed class SignatureOwner
    {
        public SignatureOwner(IReadOnlyList<Brick> bricks)
        {
            Bricks = bricks;
        }

        public IReadOnlyList<Brick> Bricks { get; }

        public bool Owns(string brickId)
        {
            foreach (var brick in Bricks)
            {
                if (brick.Id == brickId)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Turns "this code matches that brick's signature" into a diagnostic, or into nothing, as the record says.</summary>
    internal sealed class BrickReporter
    {
        /// <summary>The property that carries the brick id to the code fix.</summary>
        public const string BrickProperty = "brick";

        private readonly RecordStates _states;

        public BrickReporter(BrickCatalog catalog, RecordStates states)
        {
            _states = states;
            Owners = catalog.Bricks.ToDictionary(b => b.Id, b => new SignatureOwner(new[] { b }));
            foreach (var group in catalog.Groups)
            {
                var bricks = group.BrickIds.Select(catalog.Find).Where(b => b != null).Select(b => b!).ToList();
                if (bricks.Count > 0)
                {
                    Groups.Add((group.Signatures, new SignatureOwner(bricks)));
                }
            }
        }

        public Dictionary<string, SignatureOwner> Owners { get; }

        /// <summary>Each group's signatures with the bricks it may belong to.</summary>
        public List<(SignatureSet Signatures, SignatureOwner Owner)> Groups { get; } = new List<(SignatureSet, SignatureOwner)>();

        /// <summary>
        /// Reports unless the record exempts the brick. For a group: nothing when any of its bricks is exempt (the
        /// project accounted for its login under one of them), an error under the first brick declared <c>commun</c>,
        /// else a warning under the first brick.
        /// </summary>
        public void Report(Action<Diagnostic> report, SignatureOwner owner, Location location, IFormattable found)
        {
            Brick? chosen = null;
            var chosenState = BrickState.NotDeclared;
            foreach (var brick in owner.Bricks)
            {
                var state = _states.StateOf(brick.Id);
                if (RecordStates.IsExempt(state))
                {
                    return;
                }

                if (chosen == null || (state == BrickState.Common && chosenState != BrickState.Common))
                {
                    chosen = brick;
                    chosenState = state;
                }
            }

            if (chosen == null || !Descriptors.ByBrick.TryGetValue(chosen.Id, out var descriptor))
            {
                return; // a brick without a shipped diagnostic ID cannot be reported (the catalog file says so, CN1902)
            }

            var contradiction = chosenState == BrickState.Common;
            var what = new LocalizedText(contradiction ? "Found_Contradicts" : "Found_Reimplements", found);
            var properties = ImmutableDictionary<string, string?>.Empty.Add(BrickProperty, chosen.Id);
            report(Diagnostic.Create(
                descriptor,
                location,
                contradiction ? DiagnosticSeverity.Error : descriptor.DefaultSeverity,
                additionalLocations: null,
                properties,
                Label(owner),
                Names(owner),
                what,
                Advice(chosen, chosenState)));
        }

        private static string Label(SignatureOwner owner) => string.Join(" / ", owner.Bricks.Select(b => b.Id));

        private static IFormattable Names(SignatureOwner owner) =>
            owner.Bricks.Count == 1
                ? new CatalogText(owner.Bricks[0].Name.French, owner.Bricks[0].Name.English)
                : CatalogText.Join("Or", owner.Bricks.Select(b => new CatalogText(b.Name.French, b.Name.English)).ToArray());

        private IFormattable Advice(Brick brick, BrickState state)
        {
            if (brick.IsAvailable)
            {
                return new LocalizedText("Advice_UseCommon", brick.Common!.Package, brick.Common.Namespace);
            }

            if (state == BrickState.Common)
            {
                return new LocalizedText("Advice_FixRecord");
            }

            var expiry = _states.ExpiryOf(brick.Id);
            if (state == BrickState.ExpiredException && expiry.HasValue)
            {
                return new LocalizedText("Advice_Expired", brick.Id, expiry.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            return new LocalizedText("Advice_RecordException", brick.Id);
        }
    }
}
