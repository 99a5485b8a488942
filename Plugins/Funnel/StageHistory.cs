using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>Writes one lsla_stagetransition row per move, in the transaction of the move.</summary>
    public static class StageHistory
    {
        /// <summary>
        /// The row for a move to <paramref name="to"/> (from nowhere for a new lead): when, by whom (the user who
        /// started the operation), the lead index after the save and, for a rejection or return, reason and comment.
        /// </summary>
        public static void Write(PluginStepContext step, FunnelStage? from, FunnelStage to, MoveKind? kind, Entity after)
        {
            var row = new Entity(StageTransitionSchema.EntityName)
            {
                [StageTransitionSchema.Name] = from is FunnelStage left ? $"{FunnelWording.NameOf(left)} → {FunnelWording.NameOf(to)}" : $"New lead: {FunnelWording.NameOf(to)}",
                [StageTransitionSchema.LeadId] = new EntityReference(LeadSchema.EntityName, step.Execution.PrimaryEntityId),
                [StageTransitionSchema.ToStage] = new OptionSetValue((int)to),
                [StageTransitionSchema.ChangedOn] = step.OperationTime,
                [StageTransitionSchema.ChangedBy] = new EntityReference("systemuser", step.Execution.InitiatingUserId),
                [StageTransitionSchema.LeadIndex] = after.GetAttributeValue<string>(LeadSchema.LeadIndex),
            };
            if (from is FunnelStage before)
            {
                row[StageTransitionSchema.FromStage] = new OptionSetValue((int)before);
            }

            if (kind == MoveKind.Reject || kind == MoveKind.Return)
            {
                row[StageTransitionSchema.RejectionReasonId] = after.GetAttributeValue<EntityReference>(LeadSchema.RejectionReasonId);
                row[StageTransitionSchema.Comment] = after.GetAttributeValue<string>(LeadSchema.RejectionComment);
            }

            step.SystemService.Create(row);
            step.Trace("Stage history: {0} -> {1}", from?.ToString() ?? "(new)", to);
        }
    }
}
