using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// Whether a recomputed score differs from the one a lead shows. The behaviour state's own text and
    /// lsla_scoredon move with every recomputation (they record when it ran), so they alone do not make a lead
    /// worth writing; the points, grade, index, model, stage and the readable explanation lines do.
    /// </summary>
    public static class LeadScoreComparison
    {
        /// <summary>The lead columns the score is written to and compared on.</summary>
        public static IReadOnlyList<string> ScoreColumns { get; } = new[]
        {
            LeadSchema.FitScore, LeadSchema.Grade, LeadSchema.BehaviorScore, LeadSchema.LeadIndex,
            LeadSchema.ScoreExplanation, LeadSchema.ScoringModelId, LeadSchema.FunnelStage,
        };

        /// <summary>Whether any column of <paramref name="score"/> (other than the time stamp) differs from <paramref name="stored"/>.</summary>
        public static bool Differs(Entity score, Entity stored) =>
            score.Attributes
                .Where(column => column.Key != LeadSchema.ScoredOn)
                .Any(column => !Equals(Comparable(column.Key, column.Value), Comparable(column.Key, stored.Contains(column.Key) ? stored[column.Key] : null)));

        private static object? Comparable(string column, object? value) =>
            value switch
            {
                OptionSetValue option => option.Value,
                EntityReference reference => reference.Id,
                string text when column == LeadSchema.ScoreExplanation => ReadableLines(text),
                _ => value,
            };

        private static string ReadableLines(string explanation)
        {
            var marker = explanation.IndexOf(BehaviourState.Marker, StringComparison.Ordinal);
            return (marker < 0 ? explanation : explanation.Substring(0, marker)).TrimEnd();
        }
    }
}
