using System.Linq;
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
    /// rules read and to the score columns (a user's own score is replaced by the computed one), with a pre-image
    /// "pre" of all columns on Update. The solution's own score writes (nested, touching no rule column) are
    /// left as they are.
    /// </summary>
    public sealed class LeadScoringPlugin : PluginBase
    {
        /// <summary>Alias of the pre-image holding the stored lead.</summary>
        public const string PreImageAlias = "pre";

        /// <inheritdoc />
        protected override void ExecuteStep(PluginStepContext step)
        {
            if (IsOwnScoreWrite(step))
            {
                return;
            }

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
            var stored = ScoreExplanation.Read(lead.GetAttributeValue<string>(LeadSchema.ScoreExplanation), lead.GetAttributeValue<string>(LeadSchema.BehaviorState));
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
                // as the system's on this verdict and stamps it; the post-operation step records it.
                SystemMoves.MarkScoringMove(step, step.Execution.PrimaryEntityId);
            }

            step.Trace("Scored {0} (fit {1}, behaviour {2}){3}.", score.Index, score.Fit.Points, score.Behaviour.Points, movedToMql ? ", now MQL" : string.Empty);
        }

        // The interaction step and the rescoring job write computed scores in a nested update that changes no
        // rule column: computing again would only repeat their work (and cost the interaction save a request).
        private static bool IsOwnScoreWrite(PluginStepContext step)
        {
            var execution = step.Execution;
            if (execution.MessageName != "Update" || execution.Depth <= 1
                || step.Target.Attributes.Keys.Any(column => ScorableColumns.LeadColumnNames.Contains(column)))
            {
                return false;
            }

            step.Trace("A nested score write changes no rule column: kept as written.");
            return true;
        }

        // Update's Target holds only the changed columns: the rest comes from the stored row. Score columns come
        // from the stored row alone: a behaviour state a caller wrote must never become the base of the computation.
        private static Entity Merged(Entity? stored, Entity target)
        {
            var lead = new Entity(LeadSchema.EntityName, target.Id);
            foreach (var column in stored?.Attributes ?? new AttributeCollection())
            {
                lead[column.Key] = column.Value;
            }

            foreach (var column in target.Attributes.Where(column => !LeadScoreColumns.Names.Contains(column.Key)))
            {
                lead[column.Key] = column.Value;
            }

            return lead;
        }
    }
}
