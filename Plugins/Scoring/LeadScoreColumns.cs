using System.Collections.Generic;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>Writes a lead's score into a lead row (the lead step's Target or the interaction step's Update).</summary>
    public static class LeadScoreColumns
    {
        /// <summary>The columns only scoring writes; a user's value for them is replaced by the computed one.</summary>
        public static IReadOnlyList<string> Names { get; } = new[]
        {
            LeadSchema.FitScore, LeadSchema.Grade, LeadSchema.BehaviorScore, LeadSchema.LeadIndex,
            LeadSchema.ScoreExplanation, LeadSchema.BehaviorState, LeadSchema.ScoredOn, LeadSchema.ScoringModelId,
        };

        /// <summary>
        /// Sets fit, grade, behaviour points, index, explanation, behaviour state, scored-on and the model; and moves the lead to
        /// MQL when it qualifies and stands at Inquiry (or nowhere) or in Nurture (re-qualified). The funnel steps record the move; a lead
        /// further down the funnel is never moved back.
        /// </summary>
        /// <returns>Whether the lead was moved to MQL.</returns>
        public static bool Write(Entity lead, LeadScore score, LoadedModel model, FunnelStage? stage)
        {
            lead[LeadSchema.FitScore] = score.Fit.Points;
            lead[LeadSchema.Grade] = new OptionSetValue((int)score.Fit.Grade);
            lead[LeadSchema.BehaviorScore] = score.Behaviour.Points;
            lead[LeadSchema.LeadIndex] = score.Index.ToString();
            lead[LeadSchema.ScoreExplanation] = score.Explanation.Write();
            lead[LeadSchema.BehaviorState] = score.Explanation.WriteState();
            lead[LeadSchema.ScoredOn] = score.Explanation.State.AsOf;
            lead[LeadSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, model.ModelId);
            if (!score.QualifiesAsMql || (stage != null && stage != FunnelStage.Inquiry && stage != FunnelStage.Nurture))
            {
                return false;
            }

            lead[LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Mql);
            return true;
        }

        /// <summary>The funnel stage the row holds, or null.</summary>
        public static FunnelStage? StageOf(Entity row) =>
            row.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage) is OptionSetValue stage ? (FunnelStage)stage.Value : (FunnelStage?)null;
    }
}
