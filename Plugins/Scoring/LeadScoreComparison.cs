using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// Whether a recomputed score differs from the one a lead shows. The behaviour state and lsla_scoredon move with
    /// every recomputation (they record when it ran), so they alone do not make a lead worth writing; the points,
    /// grade, index, model, stage and the explanation do. An explanation that still holds the behaviour state (written
    /// before the state had a column of its own) differs from every new one, so the next write moves the state out.
    /// </summary>
    public static class LeadScoreComparison
    {
        /// <summary>The lead columns the score is written to and compared on.</summary>
        public static IReadOnlyList<string> ScoreColumns { get; } = new[]
        {
            LeadSchema.FitScore, LeadSchema.Grade, LeadSchema.BehaviorScore, LeadSchema.LeadIndex,
            LeadSchema.ScoreExplanation, LeadSchema.ScoringModelId, LeadSchema.FunnelStage,
        };

        // Written with every score, but records when it ran rather than what the lead shows.
        private static readonly string[] Bookkeeping = { LeadSchema.ScoredOn, LeadSchema.BehaviorState };

        /// <summary>Whether any column of <paramref name="score"/> (other than the bookkeeping) differs from <paramref name="stored"/>.</summary>
        public static bool Differs(Entity score, Entity stored) => AnyDiffers(score, stored, column => true);

        /// <summary>
        /// Whether what views show of the score differs: points, index, grade, fit, model and stage — the explanation's
        /// per-rule decimals aside, which the next write brings along — or the stored explanation still holds the
        /// behaviour state, which the write moves into its column. The daily refresh writes only such leads.
        /// </summary>
        public static bool ShownDiffers(Entity score, Entity stored) =>
            (stored.GetAttributeValue<string>(LeadSchema.ScoreExplanation) ?? string.Empty).IndexOf(BehaviourState.Marker + " ", StringComparison.Ordinal) >= 0
            || AnyDiffers(score, stored, column => column != LeadSchema.ScoreExplanation);

        private static bool AnyDiffers(Entity score, Entity stored, Func<string, bool> compared) =>
            score.Attributes
                .Where(column => Array.IndexOf(Bookkeeping, column.Key) < 0 && compared(column.Key))
                .Any(column => !Equals(Comparable(column.Value), Comparable(stored.Contains(column.Key) ? stored[column.Key] : null)));

        private static object? Comparable(object? value) =>
            value switch
            {
                OptionSetValue option => option.Value,
                EntityReference reference => reference.Id,
                "" => null,
                _ => value,
            };
    }
}
