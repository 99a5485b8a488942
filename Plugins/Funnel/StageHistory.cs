using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// Writes one lsla_stagetransition row per move, in the transaction of the move: when (the operation's time), by
    /// whom (the user who started the operation), the lead index after the save and, for a rejection or return,
    /// reason and comment.
    /// </summary>
    public static class StageHistory
    {
        /// <summary>The row of a new lead entering the funnel at <paramref name="stage"/>, from nowhere.</summary>
        public static void WriteEntry(PluginStepContext step, FunnelStage stage, DecidedMove decided) =>
            Write(step, Row(step, null, stage, decided));

        /// <summary>The row of the move the save made.</summary>
        public static void WriteMove(PluginStepContext step, StageChange change, DecidedMove decided)
        {
            var row = Row(step, change.From, change.To, decided);
            if (decided.ReasonId is System.Guid reasonId)
            {
                row[StageTransitionSchema.RejectionReasonId] = new EntityReference(RejectionReasonSchema.EntityName, reasonId);
                row[StageTransitionSchema.Comment] = decided.Comment;
            }

            Write(step, row);
        }

        private static Entity Row(PluginStepContext step, FunnelStage? from, FunnelStage to, DecidedMove decided)
        {
            var row = new Entity(StageTransitionSchema.EntityName)
            {
                [StageTransitionSchema.Name] = from is FunnelStage left ? $"{FunnelWording.NameOf(left)} → {FunnelWording.NameOf(to)}" : $"New lead: {FunnelWording.NameOf(to)}",
                [StageTransitionSchema.LeadId] = new EntityReference(LeadSchema.EntityName, step.Execution.PrimaryEntityId),
                [StageTransitionSchema.ToStage] = new OptionSetValue((int)to),
                [StageTransitionSchema.ChangedOn] = step.OperationTime,
                [StageTransitionSchema.ChangedBy] = new EntityReference("systemuser", step.Execution.InitiatingUserId),
                [StageTransitionSchema.LeadIndex] = decided.LeadIndex,
            };
            if (from is FunnelStage before)
            {
                row[StageTransitionSchema.FromStage] = new OptionSetValue((int)before);
            }

            return row;
        }

        private static void Write(PluginStepContext step, Entity row)
        {
            step.SystemService.Create(row);
            step.Trace("Stage history: {0}", row.GetAttributeValue<string>(StageTransitionSchema.Name));
        }
    }
}
