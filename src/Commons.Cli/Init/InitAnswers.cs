using System;
using System.Collections.Generic;

namespace Commons.Cli.Init
{
    /// <summary>Everything <c>commons init</c> asks, whether from prompts or from options. Null: not answered yet.</summary>
    internal sealed class InitAnswers
    {
        public string? Nature { get; set; }

        public string? Name { get; set; }

        public string? Owner { get; set; }

        public DateTime? Date { get; set; }

        /// <summary>Why none of the three natures applies (nature <c>autre</c>).</summary>
        public string? Description { get; set; }

        /// <summary>The solution of the nature's own section (site, front-usager or referentiel).</summary>
        public string? Solution { get; set; }

        /// <summary>Needs of the front-usager or of the référentiel, by the tree's ids.</summary>
        public List<string>? Needs { get; set; }

        public string? Justification { get; set; }

        /// <summary>The GLPI ladder step of the back-office (démarche only); null: no back-office section.</summary>
        public string? BackOffice { get; set; }

        public List<string> GlpiLimits { get; set; } = new List<string>();

        public bool? CompromiseSought { get; set; }

        /// <summary>Step → why it was ruled out, for a fully specific back-office.</summary>
        public Dictionary<string, string> RuledOut { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public string? BackOfficeJustification { get; set; }

        public bool? DataModelControl { get; set; }

        /// <summary>Brick id → the record's word on it, in the order answered.</summary>
        public List<BrickAnswer> Bricks { get; set; } = new List<BrickAnswer>();
    }

    internal sealed class BrickAnswer
    {
        public BrickAnswer(string id, string choice, string? justification = null, DateTime? expiry = null)
        {
            Id = id;
            Choice = choice;
            Justification = justification;
            Expiry = expiry;
        }

        public string Id { get; }

        public string Choice { get; }

        public string? Justification { get; }

        public DateTime? Expiry { get; }
    }
}
