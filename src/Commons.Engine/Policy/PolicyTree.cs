using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Commons.Engine.Yaml;

namespace Commons.Engine.Policy
{
    /// <summary>
    /// The decision tree of the policy, read from rules/tree.yml. Everything the policy may change
    /// (capabilities of the commons, the GLPI ladder, its limits, the needs) lives here as data.
    /// </summary>
    public sealed class PolicyTree
    {
        private static readonly Lazy<PolicyTree> EmbeddedTree =
            new Lazy<PolicyTree>(() => Parse(EmbeddedRules.ReadText("tree.yml"), "tree.yml"));

        /// <summary>Where each piece of data that a cross-check reads was written, so a failed check points at it.</summary>
        private readonly Dictionary<string, Findings.SourcePosition> _places = new Dictionary<string, Findings.SourcePosition>(StringComparer.Ordinal);

        private PolicyTree()
        {
        }

        /// <summary>The tree shipped with this build (parsed once per process).</summary>
        public static PolicyTree Embedded => EmbeddedTree.Value;

        public IReadOnlyDictionary<string, Nature> Natures { get; private set; } = new Dictionary<string, Nature>();

        public IReadOnlyList<string> SiteCommons { get; private set; } = Array.Empty<string>();

        public string SiteSpecific { get; private set; } = "";

        /// <summary>The front-usager commons, most preferred first.</summary>
        public IReadOnlyList<FrontCommon> FrontCommons { get; private set; } = Array.Empty<FrontCommon>();

        public string FrontSpecific { get; private set; } = "";

        public IReadOnlyDictionary<string, LocalizedName> FrontNeeds { get; private set; } = new Dictionary<string, LocalizedName>();

        public IReadOnlyList<string> BackOfficeLadder { get; private set; } = Array.Empty<string>();

        public string BackOfficeCompromiseThreshold { get; private set; } = "";

        public string BackOfficeSpecific { get; private set; } = "";

        public IReadOnlyList<string> BackOfficeStepsToRuleOut { get; private set; } = Array.Empty<string>();

        public IReadOnlyDictionary<string, LocalizedName> GlpiLimits { get; private set; } = new Dictionary<string, LocalizedName>();

        public IReadOnlyList<string> ReferentialSolutions { get; private set; } = Array.Empty<string>();

        public string ReferentialCommon { get; private set; } = "";

        public string ReferentialSpecific { get; private set; } = "";

        public IReadOnlyList<string> ReferentialNeeds { get; private set; } = Array.Empty<string>();

        public IReadOnlyList<string> ReferentialSimpleNeeds { get; private set; } = Array.Empty<string>();

        public IReadOnlyList<string> BrickChoices { get; private set; } = Array.Empty<string>();

        public int ExpiryWarningDays { get; private set; }

        public int JustificationMinimumWords { get; private set; }

        public IReadOnlyList<string> JustificationPlaceholders { get; private set; } = Array.Empty<string>();

        public IReadOnlyList<string> JustificationPlaceholderPrefixes { get; private set; } = Array.Empty<string>();

        /// <summary>The site's commons, then the specific way out (computed once, when the data is read).</summary>
        public IReadOnlyList<string> SiteSolutions { get; private set; } = Array.Empty<string>();

        /// <summary>The front commons in order of preference, then the specific way out.</summary>
        public IReadOnlyList<string> FrontSolutions { get; private set; } = Array.Empty<string>();

        /// <summary>Parses tree data; a malformed file throws <see cref="PolicyDataException"/>.</summary>
        public static PolicyTree Parse(string yaml, string fileName = "tree.yml")
        {
            var root = EmbeddedRules.ParseMapping(yaml, fileName);
            var tree = new PolicyTree();

            var natures = new Dictionary<string, Nature>(StringComparer.Ordinal);
            foreach (var entry in DataReader.Map(root, "natures").Entries)
            {
                var map = entry.Value as MappingNode ?? throw new PolicyDataException("Policy data: nature '" + entry.Key.Value + "' must be a mapping.", entry.Key.Position);
                tree._places["natures." + entry.Key.Value] = entry.Key.Position;
                natures.Add(entry.Key.Value, new Nature(
                    entry.Key.Value,
                    new LocalizedName(DataReader.Text(map, "nom-fr"), DataReader.Text(map, "nom-en")),
                    DataReader.List(map, "sections-requises"),
                    DataReader.List(map, "sections-permises")));
            }

            tree.Natures = natures;
            tree._places["natures"] = DataReader.KeyPosition(root, "natures");

            var site = DataReader.Map(root, "site");
            tree.SiteCommons = DataReader.List(site, "communs");
            tree.SiteSpecific = DataReader.Text(site, "specifique");

            var front = DataReader.Map(root, "front-usager");
            tree.FrontSpecific = DataReader.Text(front, "specifique");
            tree.FrontCommons = DataReader.MapList(front, "communs")
                .Select(c =>
                {
                    var common = new FrontCommon(DataReader.Text(c, "id"), DataReader.Text(c, "nom"), DataReader.List(c, "couvre"));
                    tree._places["couvre." + common.Id] = DataReader.KeyPosition(c, "couvre");
                    return common;
                })
                .ToList();
            tree.FrontNeeds = ReadNames(DataReader.Map(front, "besoins"));

            var back = DataReader.Map(root, "back-office");
            tree.BackOfficeLadder = DataReader.List(back, "echelle");
            tree.BackOfficeCompromiseThreshold = DataReader.Text(back, "seuil-compromis");
            tree.BackOfficeSpecific = DataReader.Text(back, "specifique");
            tree.BackOfficeStepsToRuleOut = DataReader.List(back, "options-a-ecarter");
            foreach (var key in new[] { "seuil-compromis", "specifique", "options-a-ecarter" })
            {
                tree._places["back-office." + key] = DataReader.KeyPosition(back, key);
            }

            tree.GlpiLimits = ReadNames(DataReader.Map(back, "limites-glpi"));

            var referential = DataReader.Map(root, "referentiel");
            tree.ReferentialSolutions = DataReader.List(referential, "solutions");
            tree.ReferentialCommon = DataReader.Text(referential, "commun");
            tree.ReferentialSpecific = DataReader.Text(referential, "specifique");
            tree.ReferentialNeeds = DataReader.List(referential, "besoins");
            tree.ReferentialSimpleNeeds = DataReader.List(referential, "besoins-simples");
            tree._places["referentiel.commun"] = DataReader.KeyPosition(referential, "commun");
            tree._places["referentiel.besoins-simples"] = DataReader.KeyPosition(referential, "besoins-simples");

            var bricks = DataReader.Map(root, "briques");
            tree.BrickChoices = DataReader.List(bricks, "choix");
            tree._places["briques.choix"] = DataReader.KeyPosition(bricks, "choix");
            tree.ExpiryWarningDays = DataReader.Integer(bricks, "alerte-echeance-jours");

            var justification = DataReader.Map(root, "justification");
            tree.JustificationMinimumWords = DataReader.Integer(justification, "mots-minimum");
            tree.JustificationPlaceholders = DataReader.List(justification, "substituts");
            tree.JustificationPlaceholderPrefixes = DataReader.List(justification, "prefixes-substituts");
            tree._places["justification.substituts"] = DataReader.KeyPosition(justification, "substituts");

            tree.SiteSolutions = tree.SiteCommons.Concat(new[] { tree.SiteSpecific }).ToList();
            tree.FrontSolutions = tree.FrontCommons.Select(c => c.Id).Concat(new[] { tree.FrontSpecific }).ToList();
            tree.Validate();
            return tree;
        }

        /// <summary>The front commons that cover every need, most preferred first.</summary>
        public IReadOnlyList<FrontCommon> CommonsCovering(IReadOnlyCollection<string> needs) =>
            FrontCommons.Where(c => needs.All(c.Covers)).ToList();

        public FrontCommon? FindFrontCommon(string id) => FrontCommons.FirstOrDefault(c => c.Id == id);

        public int LadderStep(string solution)
        {
            for (var step = 0; step < BackOfficeLadder.Count; step++)
            {
                if (BackOfficeLadder[step] == solution)
                {
                    return step;
                }
            }

            return -1;
        }

        public string NeedName(string need, CultureInfo culture) =>
            FrontNeeds.TryGetValue(need, out var name) ? name.In(culture) : need;

        private static Dictionary<string, LocalizedName> ReadNames(MappingNode map)
        {
            var result = new Dictionary<string, LocalizedName>(StringComparer.Ordinal);
            foreach (var entry in map.Entries)
            {
                var names = entry.Value as MappingNode ?? throw new PolicyDataException("Policy data: '" + entry.Key.Value + "' needs fr and en names.", entry.Key.Position);
                result.Add(entry.Key.Value, new LocalizedName(DataReader.Text(names, "fr"), DataReader.Text(names, "en")));
            }

            return result;
        }

        private PolicyDataException Failed(string message, string place) =>
            new PolicyDataException(message, _places.TryGetValue(place, out var position) ? position : (Findings.SourcePosition?)null);

        /// <summary>Cross-checks that keep a typo in the data from silently weakening a rule.</summary>
        private void Validate()
        {
            foreach (var common in FrontCommons)
            {
                foreach (var need in common.Covered)
                {
                    if (!FrontNeeds.ContainsKey(need))
                    {
                        throw Failed("Policy data: " + common.Id + " covers unknown need '" + need + "'.", "couvre." + common.Id);
                    }
                }
            }

            if (LadderStep(BackOfficeCompromiseThreshold) < 0 || LadderStep(BackOfficeSpecific) < 0)
            {
                throw Failed("Policy data: back-office thresholds must be steps of the ladder.", LadderStep(BackOfficeCompromiseThreshold) < 0 ? "back-office.seuil-compromis" : "back-office.specifique");
            }

            foreach (var step in BackOfficeStepsToRuleOut)
            {
                if (LadderStep(step) < 0)
                {
                    throw Failed("Policy data: options-a-ecarter names unknown step '" + step + "'.", "back-office.options-a-ecarter");
                }
            }

            if (!ReferentialSolutions.Contains(ReferentialCommon) || !ReferentialSolutions.Contains(ReferentialSpecific))
            {
                throw Failed("Policy data: referentiel commun/specifique must be among its solutions.", "referentiel.commun");
            }

            foreach (var simple in ReferentialSimpleNeeds)
            {
                if (!ReferentialNeeds.Contains(simple))
                {
                    throw Failed("Policy data: besoins-simples names unknown need '" + simple + "'.", "referentiel.besoins-simples");
                }
            }

            // The record's sections and the words below are read by code: data that names others would silently weaken a rule.
            foreach (var nature in Natures.Values)
            {
                foreach (var section in nature.RequiredSections.Concat(nature.AllowedSections))
                {
                    if (!Record.RecordKeys.NatureSections.Contains(section))
                    {
                        throw Failed("Policy data: nature '" + nature.Id + "' names unknown section '" + section + "'.", "natures." + nature.Id);
                    }
                }
            }

            if (!Natures.ContainsKey(Record.RecordKeys.OtherNature))
            {
                throw Failed("Policy data: the nature 'autre' must exist.", "natures");
            }

            foreach (var choice in new[] { Record.BrickChoices.Common, Record.BrickChoices.NotConcerned, Record.BrickChoices.Exception, Record.BrickChoices.Provider })
            {
                if (!BrickChoices.Contains(choice))
                {
                    throw Failed("Policy data: briques.choix must contain '" + choice + "'.", "briques.choix");
                }
            }

            foreach (var placeholder in JustificationPlaceholders.Concat(JustificationPlaceholderPrefixes))
            {
                if (Record.JustificationCheck.Normalize(placeholder) != placeholder)
                {
                    throw Failed("Policy data: justification placeholder '" + placeholder + "' must be written lower case, without accents or end punctuation.", "justification.substituts");
                }
            }
        }
    }

    public sealed class Nature
    {
        public Nature(string id, LocalizedName name, IReadOnlyList<string> requiredSections, IReadOnlyList<string> allowedSections)
        {
            Id = id;
            Name = name;
            RequiredSections = requiredSections;
            AllowedSections = allowedSections;
        }

        public string Id { get; }

        public LocalizedName Name { get; }

        public IReadOnlyList<string> RequiredSections { get; }

        /// <summary>Optional sections, beyond the required ones.</summary>
        public IReadOnlyList<string> AllowedSections { get; }

        public bool Accepts(string section) => RequiredSections.Contains(section) || AllowedSections.Contains(section);
    }

    public sealed class FrontCommon
    {
        public FrontCommon(string id, string name, IReadOnlyList<string> covered)
        {
            Id = id;
            Name = name;
            Covered = covered;
        }

        public string Id { get; }

        public string Name { get; }

        public IReadOnlyList<string> Covered { get; }

        public bool Covers(string need) => Covered.Contains(need);
    }

    public sealed class LocalizedName
    {
        public LocalizedName(string french, string english)
        {
            French = french;
            English = english;
        }

        public string French { get; }

        public string English { get; }

        public string In(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr" ? French : English;
    }
}
