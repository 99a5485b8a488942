using System;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmLeadSla.Plugins
{
    /// <summary>
    /// Adds or removes an interaction's behaviour points on the lead it is about, incrementally: the lead's
    /// stored state is decayed to now and the interaction's points added or taken away, so an event costs one
    /// read and one update however long the lead's history. Registered post-operation on lsla_interaction
    /// Create; Delete with a pre-image "pre"; Update (type, time, regarding, URL) with "pre" and a post-image "post".
    /// </summary>
    public sealed class InteractionScoringPlugin : PluginBase
    {
        /// <summary>Alias of the pre-image holding the interaction before the update or delete.</summary>
        public const string PreImageAlias = "pre";

        /// <summary>Alias of the post-image holding the interaction after the update.</summary>
        public const string PostImageAlias = "post";

        /// <inheritdoc />
        protected override void ExecuteStep(PluginStepContext step)
        {
            if (!ReentryGuard.FirstVisit(step, nameof(InteractionScoringPlugin)))
            {
                return;
            }

            var message = step.Execution.MessageName;
            var before = message == "Create" ? null : step.PreImage(PreImageAlias);
            var after = message == "Create" ? step.Target : message == "Update" ? step.PostImage(PostImageAlias) : null;
            var leadBefore = InteractionRows.RegardingLeadOf(before);
            var leadAfter = InteractionRows.RegardingLeadOf(after);
            if (leadBefore == null && leadAfter == null)
            {
                step.Trace("The interaction is not about a lead: nothing to score.");
                return;
            }

            if (leadBefore == leadAfter)
            {
                Rescore(step, leadAfter!.Value, before, after);
                return;
            }

            // Moved from one lead to another: the first loses the points, the second gains them.
            if (leadBefore is Guid previous)
            {
                Rescore(step, previous, before, null);
            }

            if (leadAfter is Guid next)
            {
                Rescore(step, next, null, after);
            }
        }

        private static void Rescore(PluginStepContext step, Guid leadId, Entity? removed, Entity? added)
        {
            var removedInteraction = removed == null ? null : InteractionRows.InteractionOf(removed);
            var addedInteraction = added == null ? null : InteractionRows.InteractionOf(added);
            if (removedInteraction == null && addedInteraction == null)
            {
                step.Trace("The interaction has no type or time: nothing to score.");
                return;
            }

            var service = step.SystemService;
            var lead = ScoredLead.Read(service, leadId);
            if (lead == null)
            {
                step.Trace("Lead {0} does not exist any more: nothing to score.", leadId);
                return;
            }

            var loaded = Model(step, lead);
            if (loaded == null)
            {
                return;
            }

            var model = loaded.Model;
            var stored = ScoreExplanation.Read(lead.Row.GetAttributeValue<string>(LeadSchema.ScoreExplanation), lead.Row.GetAttributeValue<string>(LeadSchema.BehaviorState));
            if (stored.State.Note != null)
            {
                step.Trace("{0}", stored.State.Note);
            }

            var now = step.OperationTime;
            var state = model.Behaviour.BroughtTo(stored.State, now);
            if (removedInteraction != null)
            {
                state = model.Behaviour.Remove(state, removedInteraction, now);
            }

            if (addedInteraction != null)
            {
                state = model.Behaviour.Add(state, addedInteraction, now);
            }

            var score = model.Score(RecordColumns.Of(lead.Row, model.Fit.Columns), state);
            // Written only over the row version read: a parallel interaction's points are never overwritten; the later
            // save fails with the platform's concurrency fault and the caller retries it.
            var update = new Entity(LeadSchema.EntityName, leadId) { RowVersion = lead.Row.RowVersion };
            var movedToMql = LeadScoreColumns.Write(update, score, loaded, LeadScoreColumns.StageOf(lead.Row));
            if (movedToMql)
            {
                // The funnel decides the nested save's move on this verdict, without checking the model again.
                SystemMoves.MarkScoringMove(step, leadId);
            }

            service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
            step.Trace("Lead {0} scored {1}{2}.", leadId, score.Index, movedToMql ? ", now MQL" : string.Empty);
        }

        // The model read through the lead's link is trusted when it is still active; otherwise (never scored, or
        // its model was deactivated) the active model is looked up: one more request, on that cold path only.
        private static LoadedModel? Model(PluginStepContext step, ScoredLead lead)
        {
            var tracing = new StepTracing(step);
            var organizationId = step.Execution.OrganizationId;
            return lead.ModelId is Guid modelId && lead.ModelIsActive
                ? ActiveScoringModel.Current(step.SystemService, organizationId, modelId, lead.ModelVersion, tracing)
                : ActiveScoringModel.Current(step.SystemService, organizationId, tracing);
        }
    }
}
