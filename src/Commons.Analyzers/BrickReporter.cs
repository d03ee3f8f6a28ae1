using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Verdicts;
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

    /// <summary>
    /// Turns "this code matches that brick's signature" into a diagnostic, or into nothing, as the engine's
    /// <see cref="BrickJudge"/> decides from the record: the same verdict and the same words as the scan's. The
    /// message is written in the build's language (CommonsLanguage), whatever culture the compiler or the IDE asks for.
    /// </summary>
    internal sealed class BrickReporter
    {
        /// <summary>The property that carries the brick id to the code fix.</summary>
        public const string BrickProperty = "brick";

        /// <summary>Set (to the exempting brick) on the hidden diagnostics of exempt findings that <c>commons scan</c> asks for.</summary>
        public const string ExemptProperty = "exempt";

        private readonly BrickJudge _judge;
        private readonly CultureInfo _culture;
        private readonly bool _reportExempt;
        private readonly string? _helpBase;

        public BrickReporter(BrickCatalog catalog, BrickStates states, CultureInfo culture, bool reportExempt, string? helpBase = null)
        {
            _helpBase = helpBase;
            _judge = new BrickJudge(states);
            _culture = culture;
            _reportExempt = reportExempt;
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

        /// <summary>Reports unless the record exempts the brick(s); the severity and the brick are the engine's verdict.</summary>
        public void Report(Action<Diagnostic> report, SignatureOwner owner, Location location, FoundText found)
        {
            var verdict = _judge.Judge(owner.Bricks);
            if (verdict == null || !Descriptors.ByBrick.TryGetValue(verdict.Brick.Id, out var rule))
            {
                return; // a brick without a shipped diagnostic ID cannot be reported (the catalog file says so, CN1902)
            }

            var descriptor = Descriptors.WithHelpBase(rule, _helpBase);

            if (verdict.IsExempt)
            {
                if (_reportExempt)
                {
                    // commons scan only: which exceptions some code still needs (an unused one is reported there).
                    var exempt = ImmutableDictionary<string, string?>.Empty.Add(ExemptProperty, verdict.Brick.Id);
                    report(Diagnostic.Create(descriptor, location, DiagnosticSeverity.Hidden, null, exempt, verdict.Brick.Id));
                }

                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(BrickProperty, verdict.Brick.Id);
            report(Diagnostic.Create(
                descriptor,
                location,
                verdict.Severity == FindingSeverity.Error ? DiagnosticSeverity.Error : descriptor.DefaultSeverity,
                additionalLocations: null,
                properties,
                verdict.Message(_culture, found.In(_culture))));
        }
    }
}
