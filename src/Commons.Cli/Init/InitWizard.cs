using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Commons.Engine.Advice;
using Commons.Engine.Catalog;
using Commons.Engine.Policy;
using BrickChoices = Commons.Engine.Record.BrickChoices;
using Spectre.Console;

namespace Commons.Cli.Init
{
    /// <summary>
    /// The interactive walk of the tree: nature first, then only that nature's questions, then the bricks. Before each
    /// solution it says what the policy concludes from the answers, and offers only the compliant choices, the
    /// proposed one first. Answers already given as options are not asked again.
    /// </summary>
    internal sealed class InitWizard
    {
        private readonly IAnsiConsole _console;
        private readonly DecisionAdvisor _advisor;
        private readonly BrickCatalog _catalog;
        private readonly CultureInfo _culture;
        private readonly DateTime _today;

        public InitWizard(IAnsiConsole console, DecisionAdvisor advisor, BrickCatalog catalog, CultureInfo culture, DateTime today)
        {
            _console = console;
            _advisor = advisor;
            _catalog = catalog;
            _culture = culture;
            _today = today;
        }

        private PolicyTree Tree => _advisor.Tree;

        public void Ask(InitAnswers answers)
        {
            answers.Nature ??= Choose(Text("Ask_Nature"), Tree.Natures.Keys.ToList(), id => id + " — " + Tree.Natures[id].Name.In(_culture));
            answers.Name ??= AskText(Text("Ask_Name"));
            answers.Owner ??= AskText(Text("Ask_Owner"));
            var nature = Tree.Natures[answers.Nature];
            if (nature.RequiredSections.Count == 0)
            {
                answers.Description ??= AskJustification(Text("Ask_Description"));
            }

            if (nature.RequiredSections.Contains("site"))
            {
                AskSolution(answers, _advisor.AdviseSite());
            }

            if (nature.RequiredSections.Contains("front-usager"))
            {
                answers.Needs ??= ChooseMany(Text("Ask_FrontNeeds"), Tree.FrontNeeds.Keys.ToList(), id => id + " — " + Tree.FrontNeeds[id].In(_culture));
                AskSolution(answers, _advisor.AdviseFront(answers.Needs));
                if (nature.Accepts("back-office"))
                {
                    AskBackOffice(answers);
                }
            }

            if (nature.RequiredSections.Contains("referentiel"))
            {
                if (answers.Needs == null || answers.Needs.Count == 0)
                {
                    answers.Needs = ChooseMany(Text("Ask_ReferentialNeeds"), Tree.ReferentialNeeds.ToList(), id => id, required: true);
                }

                answers.DataModelControl ??= _console.Prompt(Confirmation(Text("Ask_DataModelControl"), defaultValue: false));
                AskSolution(answers, _advisor.AdviseReferential(answers.Needs, answers.DataModelControl.Value));
            }

            if (answers.Bricks.Count == 0)
            {
                AskBricks(answers);
            }
        }

        private void AskSolution(InitAnswers answers, Advice advice)
        {
            Explain(advice.Explanation);
            if (answers.Solution == null || !advice.IsAllowed(answers.Solution))
            {
                answers.Solution = advice.Allowed.Count == 1
                    ? Confirmed(advice.Recommended)
                    : Choose(Text("Ask_Solution"), advice.Allowed.ToList(), id => id == advice.Recommended ? id + " " + Text("Proposed") : id);
            }

            if (advice.RequiresJustification(answers.Solution) && string.IsNullOrWhiteSpace(answers.Justification))
            {
                answers.Justification = AskJustification(Text("Ask_Justification"));
            }
        }

        private string Confirmed(string only)
        {
            _console.MarkupLine(Markup.Escape(Text("Only_Choice", only)));
            return only;
        }

        private void AskBackOffice(InitAnswers answers)
        {
            answers.BackOffice ??= Choose(Text("Ask_BackOffice"), Tree.BackOfficeLadder.ToList(), id => id == Tree.BackOfficeLadder[0] ? id + " " + Text("Proposed") : id);
            var back = _advisor.AdviseBackOffice(answers.BackOffice);
            Explain(back.Explanation);
            if (back.RequiresCompromiseAndLimits)
            {
                if (answers.CompromiseSought != true)
                {
                    // The tree allows this step only once a compromise was sought: say so rather than write a contradiction.
                    while (!_console.Prompt(Confirmation(Text("Ask_Compromise"), defaultValue: true)))
                    {
                        _console.MarkupLine(Markup.Escape(Text("Compromise_First")));
                    }

                    answers.CompromiseSought = true;
                }

                if (answers.GlpiLimits.Count == 0)
                {
                    answers.GlpiLimits = ChooseMany(Text("Ask_GlpiLimits"), Tree.GlpiLimits.Keys.ToList(), id => id + " — " + Tree.GlpiLimits[id].In(_culture), required: true);
                }
            }

            foreach (var step in back.StepsToRuleOut.Where(s => !answers.RuledOut.ContainsKey(s)))
            {
                answers.RuledOut[step] = AskJustification(Text("Ask_RuledOut", step));
            }

            if (back.RequiresJustification && string.IsNullOrWhiteSpace(answers.BackOfficeJustification))
            {
                answers.BackOfficeJustification = AskJustification(Text("Ask_Justification"));
            }
        }

        private void AskBricks(InitAnswers answers)
        {
            var touched = ChooseMany(Text("Ask_Bricks"), _catalog.Ids.ToList(), id => id + " — " + _catalog.Find(id)!.Name.In(_culture));
            foreach (var id in touched)
            {
                var choice = Choose(Text("Ask_BrickChoice", id), Tree.BrickChoices.ToList(), c => c);
                if (choice == BrickChoices.Exception)
                {
                    var reason = AskJustification(Text("Ask_Justification"));
                    var expiry = _console.Prompt(new TextPrompt<string>(Markup.Escape(Text("Ask_Expiry")))
                        .Validate(text => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date >= _today
                            ? ValidationResult.Success()
                            : ValidationResult.Error(Text("Bad_Expiry"))));
                    answers.Bricks.Add(new BrickAnswer(id, choice, reason, DateTime.ParseExact(expiry, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
                }
                else
                {
                    answers.Bricks.Add(new BrickAnswer(id, choice));
                }
            }
        }

        private void Explain(IEnumerable<string> sentences)
        {
            foreach (var sentence in sentences)
            {
                _console.MarkupLine("[blue]→[/] " + Markup.Escape(sentence));
            }
        }

        private string Choose(string title, List<string> choices, Func<string, string> label) =>
            _console.Prompt(new SelectionPrompt<string>()
                .Title(Markup.Escape(title))
                .MoreChoicesText(Markup.Escape(Text("Prompt_MoreChoices")))
                .AddChoices(choices)
                .UseConverter(c => Markup.Escape(label(c))));

        private List<string> ChooseMany(string title, List<string> choices, Func<string, string> label, bool required = false) =>
            _console.Prompt(new MultiSelectionPrompt<string>()
                .Title(Markup.Escape(title))
                .InstructionsText(Markup.Escape(Text("Instructions_Multi")))
                .MoreChoicesText(Markup.Escape(Text("Prompt_MoreChoices")))
                .NotRequired()
                .Required(required)
                .AddChoices(choices)
                .UseConverter(c => Markup.Escape(label(c))));

        private string AskText(string question) =>
            _console.Prompt(new TextPrompt<string>(Markup.Escape(question))
                .Validate(text => string.IsNullOrWhiteSpace(text) ? ValidationResult.Error(Text("Bad_Empty")) : ValidationResult.Success()));

        /// <summary>A real sentence: the tree's minimum number of words (CN0014 checks the rest when the record is validated).</summary>
        private string AskJustification(string question) =>
            _console.Prompt(new TextPrompt<string>(Markup.Escape(question))
                .Validate(text => text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length >= Tree.JustificationMinimumWords
                    ? ValidationResult.Success()
                    : ValidationResult.Error(Text("Bad_Justification", Tree.JustificationMinimumWords))));

        /// <summary>A yes/no question in the run's language: (o/n) in French, (y/n) in English.</summary>
        private ConfirmationPrompt Confirmation(string question, bool defaultValue) =>
            new ConfirmationPrompt(Markup.Escape(question))
            {
                DefaultValue = defaultValue,
                Yes = Text("Prompt_Yes")[0],
                No = Text("Prompt_No")[0],
                InvalidChoiceMessage = "[red]" + Markup.Escape(Text("Prompt_InvalidChoice")) + "[/]",
            };

        private string Text(string key, params object[] args) => CliText.Format(_culture, key, args);
    }
}
