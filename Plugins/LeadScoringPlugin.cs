using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins
{
    /// <summary>
    /// Scores a lead as it is saved: fit and grade from its columns, behaviour points brought to the moment of
    /// the save, the lead index and the explanation, all written into Target (pre-operation: saved with the
    /// operation, no extra write). Registered on lead Create and on lead Update filtered to the columns the
    /// rules read, with a pre-image "pre" of all columns on Update.
    /// </summary>
    public sealed class LeadScoringPlugin : PluginBase
    {
        /// <summary>Alias of the pre-image holding the stored lead.</summary>
        public const string PreImageAlias = "pre";

        /// <inheritdoc />
        protected override void ExecuteStep(PluginStepContext step)
        {
            if (!ReentryGuard.FirstVisit(step, nameof(LeadScoringPlugin)))
            {
                return;
            }

            var loaded = ActiveScoringModel.Current(step.SystemService, step.Execution.OrganizationId, new StepTracing(step));
            if (loaded == null)
            {
                return;
            }

            var target = step.Target;
            var lead = Merged(step.PreImage(PreImageAlias), target);
            var stored = ScoreExplanation.Read(lead.GetAttributeValue<string>(LeadSchema.ScoreExplanation));
            if (stored.State.Note != null)
            {
                step.Trace("{0}", stored.State.Note);
            }

            var model = loaded.Model;
            var state = model.Behaviour.BroughtTo(stored.State, step.OperationTime);
            var score = model.Score(RecordColumns.Of(lead, model.Fit.Columns), state);
            var stage = LeadScoreColumns.StageOf(lead);
            var movedToMql = LeadScoreColumns.Write(target, score, loaded, stage);
            if (movedToMql)
            {
                // The funnel's pre-operation step (rank 10, filtered on the scoring columns too) decides the move
                // as the system's and stamps it; the post-operation step records it.
                SystemMoves.MarkScoringMove(step);
            }

            step.Trace("Scored {0} (fit {1}, behaviour {2}){3}.", score.Index, score.Fit.Points, score.Behaviour.Points, movedToMql ? ", now MQL" : string.Empty);
        }

        // Update's Target holds only the changed columns: the rest comes from the stored row.
        private static Entity Merged(Entity? stored, Entity target)
        {
            var lead = new Entity(LeadSchema.EntityName, target.Id);
            foreach (var row in new[] { stored, target })
            {
                if (row == null)
                {
                    continue;
                }

                foreach (var column in row.Attributes)
                {
                    lead[column.Key] = column.Value;
                }
            }

            return lead;
        }
    }
}
