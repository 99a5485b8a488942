using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>After QualifyLead: a handed-over lead moves to SQL (the platform closes the lead without an Update of its own).</summary>
    public static class QualifiedLead
    {
        /// <summary>
        /// Writes SQL on the qualified lead through the qualifying user's service, so the funnel's rules judge it
        /// as that user's move (sales qualifies an accepted lead; a refusal undoes the qualification). Leads that
        /// were never handed over are left where they stand.
        /// </summary>
        public static void MoveToSql(PluginStepContext step)
        {
            var leadId = ((EntityReference)step.Execution.InputParameters["LeadId"]).Id;
            var lead = step.SystemService.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(LeadSchema.FunnelStage));
            var stage = LeadSnapshot.StageOf(lead);
            if (stage != FunnelStage.Mql && stage != FunnelStage.Sal)
            {
                step.Trace("The qualified lead stands at {0}, not handed over: its stage stays.", stage?.ToString() ?? "no stage");
                return;
            }

            try
            {
                step.UserService.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Sql) });
            }
            catch (FaultException<OrganizationServiceFault> refused)
            {
                // The funnel's refusal of the move is the answer to the qualification: the user reads it as it is.
                throw new InvalidPluginExecutionException(refused.Detail?.Message ?? refused.Message, refused);
            }
        }
    }
}
