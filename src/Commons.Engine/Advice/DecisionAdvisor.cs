using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Resources;
using Commons.Engine.Policy;

namespace Commons.Engine.Advice
{
    /// <summary>
    /// Walks the decision tree forward, for <c>commons init</c>: from the answers given so far, which solutions the
    /// record may choose and what it must then write. It mirrors the record rules (CN0101 to CN0108) but reads only
    /// <see cref="PolicyTree"/>: when rules/tree.yml changes, the advice changes with it.
    /// </summary>
    public sealed class DecisionAdvisor
    {
        private static readonly ResourceManager Resources = new ResourceManager("Commons.Engine.Resources.Advice", typeof(DecisionAdvisor).Assembly);

        private readonly PolicyTree _tree;
        private readonly CultureInfo _culture;

        public DecisionAdvisor(PolicyTree? tree = null, CultureInfo? culture = null)
        {
            _tree = tree ?? PolicyTree.Embedded;
            _culture = culture ?? CultureInfo.GetCultureInfo("fr");
        }

        public PolicyTree Tree => _tree;

        /// <summary>An editorial site: the commons first; a specific site must say why neither fits.</summary>
        public Advice AdviseSite()
        {
            var allowed = _tree.SiteSolutions;
            return new Advice(allowed, new[] { _tree.SiteSpecific }, new[] { Text("Site_Commons", string.Join(", ", _tree.SiteCommons)) });
        }

        /// <summary>
        /// The citizens' front: the most preferred common that covers every need; another common only when the
        /// preferred one does not, with a justification; a specific front only when no common covers them all.
        /// </summary>
        public Advice AdviseFront(IReadOnlyCollection<string> needs)
        {
            var unknown = needs.Where(n => !_tree.FrontNeeds.ContainsKey(n)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException("Unknown need(s): " + string.Join(", ", unknown), nameof(needs));
            }

            var preferred = _tree.FrontCommons[0];
            var covering = _tree.CommonsCovering(needs);
            var explanation = new List<string>();
            var needList = string.Join(" + ", needs);
            if (covering.Count == 0)
            {
                explanation.Add(Text("Front_NoCommonCovers", needList));
                foreach (var common in _tree.FrontCommons)
                {
                    var lacking = needs.Where(n => !common.Covers(n)).Select(n => _tree.NeedName(n, _culture));
                    explanation.Add(Text("Front_CommonLacks", common.Name, string.Join(", ", lacking)));
                }

                explanation.Add(Text("Front_SpecificAllowed", _tree.FrontSpecific));
                return new Advice(new[] { _tree.FrontSpecific }, new[] { _tree.FrontSpecific }, explanation);
            }

            if (covering.Contains(preferred))
            {
                // "Your needs (none): … covers them all" reads wrong: with no need, the preference alone decides.
                explanation.Add(needs.Count == 0
                    ? Text("Front_NoNeedsPreferred", preferred.Name, preferred.Id)
                    : Text("Front_PreferredCovers", needList, preferred.Name, preferred.Id));
                foreach (var other in _tree.FrontCommons.Where(c => c != preferred))
                {
                    explanation.Add(Text("Front_OtherNotAllowed", other.Name, preferred.Name));
                }

                return new Advice(new[] { preferred.Id }, Array.Empty<string>(), explanation);
            }

            var lackingPreferred = needs.Where(n => !preferred.Covers(n)).Select(n => _tree.NeedName(n, _culture));
            explanation.Add(Text("Front_CommonLacks", preferred.Name, string.Join(", ", lackingPreferred)));
            explanation.Add(Text("Front_OtherCovers", needList, string.Join(", ", covering.Select(c => c.Name)), covering[0].Id));
            var ids = covering.Select(c => c.Id).ToList();
            return new Advice(ids, ids, explanation);
        }

        /// <summary>The GLPI ladder: every step is open, but each one past the threshold must be argued.</summary>
        public BackOfficeAdvice AdviseBackOffice(string step)
        {
            var index = _tree.LadderStep(step);
            if (index < 0)
            {
                throw new ArgumentException("Unknown back-office step: " + step, nameof(step));
            }

            var explanation = new List<string>();
            var pastThreshold = index > _tree.LadderStep(_tree.BackOfficeCompromiseThreshold);
            var specific = step == _tree.BackOfficeSpecific;
            if (pastThreshold)
            {
                explanation.Add(Text("Back_PastThreshold", step, _tree.BackOfficeCompromiseThreshold, string.Join(", ", _tree.GlpiLimits.Keys)));
            }
            else
            {
                explanation.Add(Text("Back_WithinThreshold", step));
            }

            if (specific)
            {
                explanation.Add(Text("Back_Specific", string.Join(", ", _tree.BackOfficeStepsToRuleOut)));
            }

            return new BackOfficeAdvice(step, pastThreshold, specific ? _tree.BackOfficeStepsToRuleOut : Array.Empty<string>(), specific, explanation);
        }

        /// <summary>The reference-data project: GLPI for simple needs without control over the data model.</summary>
        public Advice AdviseReferential(IReadOnlyCollection<string> needs, bool dataModelControl)
        {
            var common = _tree.ReferentialCommon;
            var specific = _tree.ReferentialSpecific;
            var onlySimple = needs.Count > 0 && needs.All(n => _tree.ReferentialSimpleNeeds.Contains(n));
            if (dataModelControl)
            {
                return new Advice(new[] { specific }, new[] { specific }, new[] { Text("Ref_Control", common, specific) });
            }

            if (onlySimple)
            {
                return new Advice(new[] { common }, Array.Empty<string>(), new[] { Text("Ref_Simple", string.Join(", ", needs), common) });
            }

            return new Advice(new[] { common, specific }, new[] { specific }, new[] { Text("Ref_Either", common, specific) });
        }

        private string Text(string key, params object[] args) =>
            string.Format(_culture, Resources.GetString(key, _culture) ?? key, args);
    }
}
