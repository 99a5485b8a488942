using System;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// The behaviour history of a lead from its hand-over on: the interactions that scored it stay as they were, so the
    /// side that handed the lead over cannot lower the score of a lead sales already works, nor sales raise or lower it
    /// after the fact. A change (of a column scoring reads) or deletion of such an interaction by a Lead SLA Sales or
    /// Marketing user is refused with the reason; anyone else's (an administrator's, an integration's) is a correction,
    /// recorded in the lead's history. New interactions are recorded as ever.
    /// </summary>
    public static class FrozenBehaviour
    {
        /// <summary>
        /// Judges the change or deletion of the interaction <paramref name="before"/> (the step's pre-image). Costs nothing
        /// for an interaction about no lead or the solution's own save; one query (the lead's hand-over in the history) for
        /// a lead not handed over; one more (the user's roles) for a handed-over lead, and a read and a history row for a
        /// correction.
        /// </summary>
        /// <exception cref="UserMessageException">A measured party changes or deletes an interaction of a handed-over lead.</exception>
        public static void Judge(PluginStepContext step, Entity? before)
        {
            if (step == null)
            {
                throw new ArgumentNullException(nameof(step));
            }

            if (InteractionRows.RegardingLeadOf(before) is not Guid leadId || StepActor.SavesForAnother(step) || !IsHandedOver(step.SystemService, leadId))
            {
                return;
            }

            var deleting = step.Execution.MessageName == "Delete";
            var measured = LeadSlaRoles.HeldBy(step.SystemService, step.Execution.InitiatingUserId);
            if (measured.Count > 0)
            {
                throw new UserMessageException(Text.Of(deleting ? TextKey.BehaviourHistoryDeleteRefused : TextKey.BehaviourHistoryChangeRefused,
                    FunnelWording.NameOf(measured.First())));
            }

            var lead = step.SystemService.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(LeadSchema.FunnelStage, "ownerid"));
            var owner = lead.GetAttributeValue<EntityReference>("ownerid");
            var stage = LeadSnapshot.StageOf(lead) ?? FunnelStage.Mql;
            step.Trace("Behaviour history: an administrator corrects an interaction of handed-over lead {0}.", leadId);
            new StageHistory(step, owner == null ? null : new RowOwner(owner.LogicalName, owner.Id), leadId)
                .WriteCorrection(stage, Described(step, before!, deleting));
        }

        // A hand-over is a row of the history the solution writes into MQL from where a hand-over starts: never a lead column.
        private static bool IsHandedOver(IOrganizationService service, Guid leadId)
        {
            var query = new QueryExpression(StageTransitionSchema.EntityName) { ColumnSet = new ColumnSet(StageTransitionSchema.ChangedOn), TopCount = 1 };
            query.Criteria.AddCondition(StageTransitionSchema.LeadId, ConditionOperator.Equal, leadId);
            query.Criteria.AddCondition(StageTransitionSchema.ToStage, ConditionOperator.Equal, (int)FunnelStage.Mql);
            query.Criteria.AddCondition(StageTransitionSchema.FromStage, ConditionOperator.In, FunnelMoves.HandOverSources.Select(stage => (object)(int)stage).ToArray());
            return service.RetrieveMultiple(query).Entities.Count > 0;
        }

        // What the correction did, for the history row's comment: the interaction deleted, or each column changed with
        // its old and new value.
        private static string Described(PluginStepContext step, Entity before, bool deleting)
        {
            var name = $"Interaction '{before.GetAttributeValue<string>(InteractionSchema.Subject) ?? before.Id.ToString("D")}'";
            if (deleting)
            {
                return $"{name} deleted ({string.Join("; ", InteractionRows.ImageColumns.Where(before.Contains).Select(column => column + ": " + MeasuredColumns.Shown(before[column])))})";
            }

            var target = step.Target;
            return $"{name} changed: " + string.Join("; ", InteractionRows.ImageColumns.Where(target.Contains)
                .Select(column => column + ": " + MeasuredColumns.Shown(before.Contains(column) ? before[column] : null) + " → " + MeasuredColumns.Shown(target[column])));
        }
    }
}
