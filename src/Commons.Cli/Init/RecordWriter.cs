using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Commons.Engine.Catalog;
using Commons.Engine.Findings;
using Commons.Engine.Policy;
using Commons.Engine.Record;

namespace Commons.Cli.Init
{
    /// <summary>
    /// Writes the answers as a commons-decision.yml: the schema modeline for editors, then the keys in the order of
    /// docs/decision-record.md, with short French comments (the record's readers are French-speaking) drawn from the
    /// tree data rather than written here. The keys are the record format's (version 1).
    /// </summary>
    internal static class RecordWriter
    {
        private static readonly Regex PlainText = new Regex(@"^[\p{L}\p{N}][\p{L}\p{N} '’/().,_+-]*$", RegexOptions.CultureInvariant);
        private static readonly Regex YamlSpecialWord = new Regex(@"^(true|false|yes|no|on|off|null|~|y|n|[-+]?[0-9][0-9_.:eE+-]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <param name="schemaModeline">The first line: <see cref="RecordSchema.PublishedModeline"/> or <see cref="RecordSchema.LocalModeline"/>.</param>
        public static string Write(InitAnswers answers, PolicyTree tree, BrickCatalog catalog, DateTime today, string schemaModeline)
        {
            var fr = CultureInfo.GetCultureInfo("fr");
            var yaml = new StringBuilder();
            void Line(string text) => yaml.Append(text).Append('\n');

            Line(schemaModeline);
            Line("# Décisions « communs numériques » du projet, écrites par `commons init` le " + Iso(today) + ".");
            Line("# Vérifier : commons check ; format : " + HelpLinks.DecisionRecordPage);
            Line("version: 1");
            Line("projet:");
            Line("  nom: " + Scalar(answers.Name!));
            var nature = tree.Natures[answers.Nature!];
            Line("  nature: " + nature.Id + "  # " + nature.Name.French);
            Line("  responsable: " + Scalar(answers.Owner!));
            Line("  date: " + Iso(answers.Date ?? today) + "  # jour de la décision");
            if (!string.IsNullOrWhiteSpace(answers.Description))
            {
                Line("  description: " + Scalar(answers.Description!));
            }

            if (nature.RequiredSections.Contains("site"))
            {
                Line("site:");
                Line("  solution: " + answers.Solution + "  # " + string.Join(" | ", tree.SiteSolutions));
                Justification(yaml, answers.Justification);
            }

            if (nature.RequiredSections.Contains("front-usager"))
            {
                Line("front-usager:");
                var common = tree.FindFrontCommon(answers.Solution!);
                Line("  solution: " + answers.Solution + (common != null ? "  # " + common.Name + " couvre : " + string.Join(", ", common.Covered) : "  # développement spécifique"));
                Line("  besoins: [" + string.Join(", ", answers.Needs ?? new List<string>()) + "]");
                Justification(yaml, answers.Justification);
                if (answers.BackOffice != null && nature.Accepts("back-office"))
                {
                    WriteBackOffice(yaml, answers, tree);
                }
            }

            if (nature.RequiredSections.Contains("referentiel"))
            {
                Line("referentiel:");
                Line("  solution: " + answers.Solution + "  # " + string.Join(" | ", tree.ReferentialSolutions));
                Line("  besoins: [" + string.Join(", ", answers.Needs ?? new List<string>()) + "]");
                Line("  controle-modele-donnees: " + Bool(answers.DataModelControl == true) + "  # un contrôle précis du modèle de données est-il nécessaire ?");
                Justification(yaml, answers.Justification);
            }

            if (answers.Bricks.Count > 0)
            {
                Line("# Briques communes : commun | non-concerne | exception | fournisseur (une brique absente est non concernée).");
                Line("briques:");
                foreach (var brick in answers.Bricks)
                {
                    var name = catalog.Find(brick.Id)?.Name.French;
                    var comment = name == null ? string.Empty : "  # " + name;
                    if (brick.Justification == null && brick.Expiry == null)
                    {
                        Line("  " + brick.Id + ": " + brick.Choice + comment);
                        continue;
                    }

                    Line("  " + brick.Id + ":" + comment);
                    Line("    choix: " + brick.Choice);
                    if (brick.Justification != null)
                    {
                        Line("    justification: " + Scalar(brick.Justification));
                    }

                    if (brick.Expiry != null)
                    {
                        Line("    echeance: " + Iso(brick.Expiry.Value) + "  # une exception est temporaire");
                    }
                }
            }

            return yaml.ToString();
        }

        private static void WriteBackOffice(StringBuilder yaml, InitAnswers answers, PolicyTree tree)
        {
            yaml.Append("back-office:\n");
            yaml.Append("  solution: ").Append(answers.BackOffice).Append("  # échelle : ").Append(string.Join(" > ", tree.BackOfficeLadder)).Append('\n');
            if (answers.GlpiLimits.Count > 0)
            {
                yaml.Append("  limites-glpi: [").Append(string.Join(", ", answers.GlpiLimits)).Append("]\n");
            }

            if (answers.CompromiseSought != null)
            {
                yaml.Append("  compromis-recherche: ").Append(Bool(answers.CompromiseSought.Value)).Append("  # un compromis avec GLPI a été recherché\n");
            }

            if (answers.RuledOut.Count > 0)
            {
                yaml.Append("  options-ecartees:\n");
                foreach (var step in tree.BackOfficeStepsToRuleOut.Where(answers.RuledOut.ContainsKey))
                {
                    yaml.Append("    ").Append(step).Append(": ").Append(Scalar(answers.RuledOut[step])).Append('\n');
                }
            }

            Justification(yaml, answers.BackOfficeJustification);
        }

        private static void Justification(StringBuilder yaml, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                yaml.Append("  justification: ").Append(Scalar(text!)).Append('\n');
            }
        }

        /// <summary>Plain when YAML would read it back as the same text; double-quoted and escaped otherwise.</summary>
        internal static string Scalar(string text)
        {
            var trimmed = text.Trim();
            if (PlainText.IsMatch(trimmed) && !YamlSpecialWord.IsMatch(trimmed))
            {
                return trimmed;
            }

            var quoted = new StringBuilder("\"");
            foreach (var c in trimmed)
            {
                switch (c)
                {
                    case '"': quoted.Append("\\\""); break;
                    case '\\': quoted.Append("\\\\"); break;
                    case '\n': quoted.Append("\\n"); break;
                    case '\r': quoted.Append("\\r"); break;
                    case '\t': quoted.Append("\\t"); break;
                    default:
                        if (char.IsControl(c))
                        {
                            quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }

            return quoted.Append('"').ToString();
        }

        private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Bool(bool value) => value ? "true" : "false";
    }
}
