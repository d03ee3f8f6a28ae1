using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Commons.Engine.Advice;
using Commons.Engine.Catalog;
using Commons.Engine.Policy;

namespace Commons.Cli.Init
{
    /// <summary>
    /// Completes answers without asking anything (non-interactive mode): the solution defaults to the policy's
    /// proposal, and an answer the tree needs but nobody gave, or a choice the tree forbids, is a problem to report.
    /// The wizard asks the same questions in the same order; both share <see cref="DecisionAdvisor"/>.
    /// </summary>
    internal sealed class InitPlanner
    {
        private readonly DecisionAdvisor _advisor;
        private readonly BrickCatalog _catalog;
        private readonly CultureInfo _culture;

        public InitPlanner(DecisionAdvisor advisor, BrickCatalog catalog, CultureInfo culture)
        {
            _advisor = advisor;
            _catalog = catalog;
            _culture = culture;
        }

        private PolicyTree Tree => _advisor.Tree;

        /// <summary>Fills what the policy can propose; returns what is still missing or contradicts the tree.</summary>
        public IReadOnlyList<string> Complete(InitAnswers answers, ICollection<string> advice)
        {
            var problems = new List<string>();
            if (answers.Nature == null || !Tree.Natures.ContainsKey(answers.Nature))
            {
                problems.Add(Text("Init_NeedNature", string.Join(", ", Tree.Natures.Keys)));
                return problems;
            }

            Require(problems, answers.Name, "--name");
            Require(problems, answers.Owner, "--owner");
            var nature = Tree.Natures[answers.Nature];
            if (nature.RequiredSections.Count == 0)
            {
                Require(problems, answers.Description, "--description");
            }

            if (nature.RequiredSections.Contains("site"))
            {
                CompleteSolution(answers, _advisor.AdviseSite(), advice, problems);
            }

            if (nature.RequiredSections.Contains("front-usager"))
            {
                answers.Needs ??= new List<string>();
                var unknown = answers.Needs.Where(n => !Tree.FrontNeeds.ContainsKey(n)).ToList();
                if (unknown.Count > 0)
                {
                    problems.Add(Text("Init_UnknownValues", "--needs", string.Join(", ", unknown), string.Join(", ", Tree.FrontNeeds.Keys)));
                    return problems;
                }

                CompleteSolution(answers, _advisor.AdviseFront(answers.Needs), advice, problems);
                if (answers.BackOffice != null)
                {
                    CompleteBackOffice(answers, advice, problems);
                }
            }

            if (nature.RequiredSections.Contains("referentiel"))
            {
                answers.Needs ??= new List<string>();
                var unknown = answers.Needs.Where(n => !Tree.ReferentialNeeds.Contains(n)).ToList();
                if (answers.Needs.Count == 0)
                {
                    problems.Add(Text("Init_Missing", "--needs " + string.Join(",", Tree.ReferentialNeeds)));
                    return problems;
                }

                if (unknown.Count > 0)
                {
                    problems.Add(Text("Init_UnknownValues", "--needs", string.Join(", ", unknown), string.Join(", ", Tree.ReferentialNeeds)));
                    return problems;
                }

                if (answers.DataModelControl == null)
                {
                    problems.Add(Text("Init_Missing", "--data-model-control true|false"));
                    return problems;
                }

                CompleteSolution(answers, _advisor.AdviseReferential(answers.Needs, answers.DataModelControl.Value), advice, problems);
            }

            foreach (var brick in answers.Bricks)
            {
                if (_catalog.Find(brick.Id) == null)
                {
                    problems.Add(Text("Init_UnknownValues", "--brick", brick.Id, string.Join(", ", _catalog.Ids)));
                }
                else if (!Tree.BrickChoices.Contains(brick.Choice))
                {
                    problems.Add(Text("Init_UnknownValues", "--brick " + brick.Id, brick.Choice, string.Join(", ", Tree.BrickChoices)));
                }
                else if (brick.Choice == Engine.Record.BrickChoices.Exception && (brick.Expiry == null || string.IsNullOrWhiteSpace(brick.Justification)))
                {
                    problems.Add(Text("Init_Missing", "--exception " + brick.Id + "=YYYY-MM-DD:justification"));
                }
            }

            return problems;
        }

        private void CompleteSolution(InitAnswers answers, Advice policy, ICollection<string> advice, List<string> problems)
        {
            foreach (var sentence in policy.Explanation)
            {
                advice.Add(sentence);
            }

            answers.Solution ??= policy.Recommended;
            if (!policy.IsAllowed(answers.Solution))
            {
                problems.Add(Text("Init_NotAllowed", answers.Solution, string.Join(", ", policy.Allowed)));
                return;
            }

            if (policy.RequiresJustification(answers.Solution))
            {
                Require(problems, answers.Justification, "--justification");
            }
        }

        private void CompleteBackOffice(InitAnswers answers, ICollection<string> advice, List<string> problems)
        {
            if (Tree.LadderStep(answers.BackOffice!) < 0)
            {
                problems.Add(Text("Init_UnknownValues", "--back-office", answers.BackOffice!, string.Join(", ", Tree.BackOfficeLadder)));
                return;
            }

            var back = _advisor.AdviseBackOffice(answers.BackOffice!);
            foreach (var sentence in back.Explanation)
            {
                advice.Add(sentence);
            }

            var unknownLimits = answers.GlpiLimits.Where(l => !Tree.GlpiLimits.ContainsKey(l)).ToList();
            if (unknownLimits.Count > 0)
            {
                problems.Add(Text("Init_UnknownValues", "--glpi-limits", string.Join(", ", unknownLimits), string.Join(", ", Tree.GlpiLimits.Keys)));
            }

            if (back.RequiresCompromiseAndLimits)
            {
                if (answers.CompromiseSought != true)
                {
                    problems.Add(Text("Init_Missing", "--compromise-sought"));
                }

                if (answers.GlpiLimits.Count == 0)
                {
                    problems.Add(Text("Init_Missing", "--glpi-limits " + string.Join(",", Tree.GlpiLimits.Keys)));
                }
            }

            foreach (var step in back.StepsToRuleOut.Where(s => !answers.RuledOut.ContainsKey(s)))
            {
                problems.Add(Text("Init_Missing", "--ruled-out " + step + "=..."));
            }

            if (back.RequiresJustification)
            {
                Require(problems, answers.BackOfficeJustification, "--back-office-justification");
            }
        }

        private void Require(List<string> problems, string? value, string option)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(Text("Init_Missing", option));
            }
        }

        private string Text(string key, params object[] args) => CliText.Format(_culture, key, args);
    }
}
