using System;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Workflows
{
    /// <summary>A lead row and the agreement that governs it; a lead without an agreement is refused with the fix.</summary>
    internal sealed class GovernedLead
    {
        private GovernedLead(Entity row, SlaAgreement agreement)
        {
            Row = row;
            Agreement = agreement;
        }

        /// <summary>The lead with the columns asked for, its name and its agreement.</summary>
        public Entity Row { get; }

        /// <summary>The lead's agreement.</summary>
        public SlaAgreement Agreement { get; }

        /// <summary>The lead's name as users see it.</summary>
        public string Name => Row.GetAttributeValue<string>("fullname") ?? Row.GetAttributeValue<string>("subject") ?? Row.Id.ToString();

        /// <summary>Reads the lead and its agreement (with holidays and agreed reasons).</summary>
        /// <exception cref="InvalidPluginExecutionException">The lead has no agreement.</exception>
        public static GovernedLead Read(IOrganizationService service, Guid leadId, params string[] columns)
        {
            var row = service.Retrieve(LeadSchema.EntityName, leadId,
                new ColumnSet(columns.Concat(new[] { "fullname", "subject", LeadSchema.SlaAgreementId }).Distinct().ToArray()));
            var agreement = row.GetAttributeValue<EntityReference>(LeadSchema.SlaAgreementId)
                ?? throw new InvalidPluginExecutionException(
                    $"The lead '{row.GetAttributeValue<string>("fullname") ?? row.Id.ToString()}' has no SLA agreement, so its deadlines and agreed reasons are unknown. " +
                    "Set the lead's SLA Agreement (lsla_slaagreementid), then run the workflow again.");
            return new GovernedLead(row, SlaAgreementRecord.Read(service, agreement.Id));
        }
    }
}
