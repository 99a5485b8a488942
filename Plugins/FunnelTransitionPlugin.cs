using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins
{
    /// <summary>
    /// Keeps the funnel's record: a new lead starts as an Inquiry, every stage move is stamped on the lead
    /// (pre-operation, saved with the operation) and written to the stage history (post-operation, in the
    /// same transaction, so there is never a stage without its history row).
    /// Registered on lead Create and on lead Update filtered to lsla_funnelstage, with a pre-image "pre"
    /// (lsla_funnelstage) on Update and a post-image "post" (lsla_leadindex) at post-operation.
    /// </summary>
    public sealed class FunnelTransitionPlugin : PluginBase
    {
        /// <summary>Alias of the pre-image holding the stage before the update.</summary>
        public const string PreImageAlias = "pre";

        /// <summary>Alias of the post-image holding the lead index after the save.</summary>
        public const string PostImageAlias = "post";

        /// <inheritdoc />
        protected override void ExecuteStep(PluginStepContext step)
        {
            var target = step.Target;
            if (step.Execution.MessageName == "Create" && !target.Contains(LeadSchema.FunnelStage))
            {
                target[LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Inquiry);
            }

            var change = StageChange.Between(
                StageOf(step.PreImage(PreImageAlias)), StageOf(target), step.OperationTime);
            if (change == null)
            {
                return;
            }

            if (step.Execution.Stage == PipelineStages.PreOperation)
            {
                target[LeadSchema.StageChangedOn] = change.ChangedOn;
                return;
            }

            step.SystemService.Create(HistoryRow(step, change));
            step.Trace("Stage history: {0} -> {1}", change.From?.ToString() ?? "(new)", change.To);
        }

        private static FunnelStage? StageOf(Entity? row) =>
            row?.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage) is OptionSetValue stage
                ? (FunnelStage)stage.Value
                : (FunnelStage?)null;

        private static Entity HistoryRow(PluginStepContext step, StageChange change)
        {
            var row = new Entity(StageTransitionSchema.EntityName)
            {
                [StageTransitionSchema.LeadId] = new EntityReference(LeadSchema.EntityName, step.Execution.PrimaryEntityId),
                [StageTransitionSchema.ToStage] = new OptionSetValue((int)change.To),
                [StageTransitionSchema.ChangedOn] = change.ChangedOn,
                [StageTransitionSchema.ChangedBy] = new EntityReference("systemuser", step.Execution.InitiatingUserId),
            };
            if (change.From is FunnelStage from)
            {
                row[StageTransitionSchema.FromStage] = new OptionSetValue((int)from);
            }

            var index = step.PostImage(PostImageAlias)?.GetAttributeValue<string>(LeadSchema.LeadIndex);
            if (index != null)
            {
                row[StageTransitionSchema.LeadIndex] = index;
            }

            return row;
        }
    }
}
