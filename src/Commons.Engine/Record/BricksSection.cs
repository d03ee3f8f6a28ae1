using System;
using System.Linq;
using Commons.Engine.Findings;
using Commons.Engine.Yaml;

namespace Commons.Engine.Record
{
    /// <summary>
    /// <c>briques</c>: one entry per brick of the catalog the project touches. Short form
    /// <c>notifications: commun</c>, or a mapping with <c>choix</c>, <c>justification</c>, <c>echeance</c>.
    /// An exception is temporary: it needs a reason and an expiry date, warned before and refused after.
    /// </summary>
    internal static class BricksSection
    {
        public static void Check(ValidationContext context, MappingReader bricksReader, MappingNode bricks)
        {
            foreach (var entry in bricks.Entries)
            {
                var id = entry.Key.Value;
                if (context.Catalog.Find(id) == null || !ReferenceEquals(bricks.Find(id), entry))
                {
                    continue; // an unknown brick (reported by the reader with "did you mean") or a duplicate (reported by the YAML reader)
                }

                CheckBrick(context, bricksReader, entry, id);
            }
        }

        private static void CheckBrick(ValidationContext context, MappingReader bricksReader, MappingEntry entry, string id)
        {
            var choices = context.Tree.BrickChoices;
            switch (entry.Value)
            {
                case ScalarNode scalar when !scalar.IsNull:
                    var choice = bricksReader.Enum(id, choices);
                    if (choice == null)
                    {
                        return;
                    }

                    if (choice.Value == Record.BrickChoices.Exception)
                    {
                        // The short form cannot hold the reason and the date an exception needs.
                        context.Sink.Report(RecordRules.RequiredMissing, entry.Key.Position, RecordKeys.Bricks + "." + id + "." + RecordKeys.Justification, context.Sink.Text("Hint_ExceptionFields"));
                        context.Sink.Report(RecordRules.RequiredMissing, entry.Key.Position, RecordKeys.Bricks + "." + id + "." + RecordKeys.Expiry, context.Sink.Text("Hint_ExceptionFields"));
                    }

                    context.Record.AddBrick(new BrickDecision(id, choice.Value, null, null, entry.Key.Position));
                    CheckProvider(context, id, choice.Value, entry.Key.Position);
                    return;
                case MappingNode map:
                    CheckLongForm(context, new MappingReader(context.Sink, map, RecordKeys.Bricks + "." + id, entry.Key.Position, RecordKeys.BrickKeys), id, choices);
                    return;
                case ScalarNode _:
                    context.Sink.Report(RecordRules.RequiredMissing, entry.Key.Position, RecordKeys.Bricks + "." + id, context.Sink.Text("Hint_BrickChoice", string.Join(", ", choices)));
                    return;
                case InvalidNode _:
                    return;
                default:
                    bricksReader.ReportWrongType(id, entry.Value, "Kind_ChoiceOrMapping");
                    return;
            }
        }

        private static void CheckLongForm(ValidationContext context, MappingReader brick, string id, System.Collections.Generic.IReadOnlyList<string> choices)
        {
            if (brick.IsAbsentOrEmpty(RecordKeys.Choice))
            {
                brick.ReportMissing(RecordKeys.Choice, context.Sink.Text("Hint_BrickChoice", string.Join(", ", choices)));
                JustificationCheck.CheckIfPresent(context, brick);
                return;
            }

            var choice = brick.Enum(RecordKeys.Choice, choices);
            if (choice == null)
            {
                return;
            }

            DateTime? expiry = null;
            if (choice.Value == Record.BrickChoices.Exception)
            {
                JustificationCheck.RequireForException(context, brick, id, context.Sink.Text("Hint_ExceptionFields"));
                if (brick.IsAbsentOrEmpty(RecordKeys.Expiry))
                {
                    brick.ReportMissing(RecordKeys.Expiry, context.Sink.Text("Hint_ExceptionFields"));
                }
                else
                {
                    expiry = brick.Date(RecordKeys.Expiry);
                    if (expiry.HasValue)
                    {
                        CheckExpiry(context, brick, id, expiry.Value);
                    }
                }
            }
            else
            {
                JustificationCheck.CheckIfPresent(context, brick);
                if (brick.Has(RecordKeys.Expiry))
                {
                    expiry = brick.Date(RecordKeys.Expiry);
                }
            }

            context.Record.AddBrick(new BrickDecision(id, choice.Value, brick.Text(RecordKeys.Justification)?.Value, expiry, brick.Anchor));
            CheckProvider(context, id, choice.Value, brick.Entry(RecordKeys.Choice)!.Value.Position);
        }

        /// <summary>
        /// <c>fournisseur</c> is a claim, checked against the catalog's providers of the brick and the repository (its git
        /// remotes, the packages its projects pack); an unsupported claim is reported where it is made (CN0203).
        /// </summary>
        private static void CheckProvider(ValidationContext context, string id, string choice, SourcePosition where)
        {
            var brick = context.Catalog.Find(id);
            var facts = choice == Record.BrickChoices.Provider && brick != null ? context.Repository.Value : null;
            if (facts == null)
            {
                return;
            }

            var verdict = ProviderVerification.Check(brick!, facts);
            if (!verdict.Verified)
            {
                context.Sink.Report(RecordRules.ProviderNotVerified, where, id, verdict.Reason(context.Sink.Culture));
            }
        }

        private static void CheckExpiry(ValidationContext context, MappingReader brick, string id, DateTime expiry)
        {
            var where = brick.Entry(RecordKeys.Expiry)!.Value.Position;
            var date = expiry.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var state = Verdicts.ExceptionExpiry.Of(expiry, context.Today, context.Tree.ExpiryWarningDays);
            var opened = context.Catalog.Find(id);
            if (opened != null && opened.IsAvailable)
            {
                // The brick has opened: the exception now has one thing to say, that it must migrate to the common
                // component by its date. One finding per exception, so CN0201/CN0202 would repeat it (docs/rules/CN0211.md).
                var choice = brick.Entry(RecordKeys.Choice)!.Value.Position;
                var common = opened.Common!;
                if (state.State == Verdicts.ExpiryState.Expired)
                {
                    context.Sink.ReportVariantAs(RecordRules.ExceptionForOpenedBrick, FindingSeverity.Error, choice, "Expired", id, common.Package, common.Namespace, date, state.DaysPast);
                }
                else
                {
                    context.Sink.Report(RecordRules.ExceptionForOpenedBrick, choice, id, common.Package, common.Namespace, date, state.DaysLeft);
                }
            }
            else if (state.State == Verdicts.ExpiryState.Expired)
            {
                context.Sink.Report(RecordRules.ExceptionExpired, where, id, date, state.DaysPast);
            }
            else if (state.State == Verdicts.ExpiryState.ExpiresSoon)
            {
                context.Sink.Report(RecordRules.ExceptionExpiresSoon, where, id, date, state.DaysLeft);
            }
        }
    }
}
