using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins
{
    /// <summary>
    /// The lead follows its opportunity: won moves the originating lead from SQL to Won, lost sends it back to
    /// Nurture. The move is the system's, written through the SYSTEM service, and goes through the funnel's rules.
    /// Registered post-operation on Win and Lose of opportunity.
    /// </summary>
    public sealed class OpportunityOutcomePlugin : PluginBase
    {
        /// <inheritdoc />
        protected override void ExecuteStep(PluginStepContext step)
        {
            var close = (Entity)step.Execution.InputParameters["OpportunityClose"];
            var opportunityId = close.GetAttributeValue<EntityReference>("opportunityid").Id;
            var service = step.SystemService;
            var leadId = service.Retrieve("opportunity", opportunityId, new ColumnSet("originatingleadid"))
                .GetAttributeValue<EntityReference>("originatingleadid");
            if (leadId == null)
            {
                step.Trace("The opportunity did not come from a lead.");
                return;
            }

            var stage = LeadSnapshot.StageOf(service.Retrieve(LeadSchema.EntityName, leadId.Id, new ColumnSet(LeadSchema.FunnelStage)));
            if (stage != FunnelStage.Sql)
            {
                step.Trace("The originating lead stands at {0}, not SQL: its stage stays.", stage?.ToString() ?? "no stage");
                return;
            }

            var outcome = step.Execution.MessageName == "Win" ? FunnelStage.Won : FunnelStage.Nurture;
            service.Update(new Entity(LeadSchema.EntityName, leadId.Id) { [LeadSchema.FunnelStage] = new OptionSetValue((int)outcome) });
        }
    }
}
