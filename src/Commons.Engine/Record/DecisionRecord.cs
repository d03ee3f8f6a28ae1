using System;
using System.Collections.Generic;
using Commons.Engine.Findings;

namespace Commons.Engine.Record
{
    /// <summary>
    /// What a record says, as far as it could be read. The analyzers use <see cref="Bricks"/>;
    /// reports use the nature and the solutions chosen per section.
    /// </summary>
    public sealed class DecisionRecord
    {
        private readonly Dictionary<string, BrickDecision> _bricks = new Dictionary<string, BrickDecision>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _solutions = new Dictionary<string, string>(StringComparer.Ordinal);

        public string? ProjectName { get; internal set; }

        public string? Nature { get; internal set; }

        /// <summary>The solution chosen per section (<c>site</c>, <c>front-usager</c>, <c>back-office</c>, <c>referentiel</c>).</summary>
        public IReadOnlyDictionary<string, string> Solutions => _solutions;

        /// <summary>Every brick the record declares, by catalog id.</summary>
        public IReadOnlyDictionary<string, BrickDecision> Bricks => _bricks;

        internal void SetSolution(string section, string solution) => _solutions[section] = solution;

        internal void AddBrick(BrickDecision decision)
        {
            if (!_bricks.ContainsKey(decision.BrickId))
            {
                _bricks.Add(decision.BrickId, decision);
            }
        }
    }

    /// <summary>The record's word on one brick.</summary>
    public sealed class BrickDecision
    {
        public BrickDecision(string brickId, string choice, string? justification, DateTime? expiry, SourcePosition position)
        {
            BrickId = brickId;
            Choice = choice;
            Justification = justification;
            Expiry = expiry;
            Position = position;
        }

        public string BrickId { get; }

        /// <summary><c>commun</c>, <c>non-concerne</c>, <c>exception</c> or <c>fournisseur</c>.</summary>
        public string Choice { get; }

        public string? Justification { get; }

        /// <summary>The <c>echeance</c> of an exception.</summary>
        public DateTime? Expiry { get; }

        public SourcePosition Position { get; }

        public bool IsException => Choice == BrickChoices.Exception;

        /// <summary>An exception still in force on <paramref name="today"/> (the expiry day itself included).</summary>
        public bool IsActiveException(DateTime today) => IsException && Verdicts.ExceptionExpiry.Of(Expiry, today, warningDays: 0).IsActive; // the warning window does not change whether it holds
    }

    /// <summary>The choice words of the bricks section, as the analyzers compare them.</summary>
    public static class BrickChoices
    {
        public const string Common = "commun";
        public const string NotConcerned = "non-concerne";
        public const string Exception = "exception";
        public const string Provider = "fournisseur";
    }
}
