using System;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>Who takes a handed-over lead: the agreement's sales owner, else the next enabled member of its sales team.</summary>
    public static class SalesAssignee
    {
        /// <summary>
        /// The sales owner the agreement names (no request: the agreement was read with it); otherwise the team member
        /// after the one who took the agreement's last hand-over (two RetrieveMultiple). Null when the agreement names
        /// neither or the team has no enabled member: the lead keeps its owner, so no save fails over an agreement still
        /// being set up.
        /// </summary>
        public static Guid? For(IOrganizationService service, SlaAgreement agreement, Guid leadId)
        {
            if (agreement == null)
            {
                throw new ArgumentNullException(nameof(agreement));
            }

            if (agreement.SalesOwnerId is Guid owner)
            {
                return owner;
            }

            return agreement.SalesTeamId is Guid team
                ? RoundRobin.NextAfter(EnabledMembers(service, team), LastAssignee(service, agreement.Id, leadId))
                : null;
        }

        private static Guid[] EnabledMembers(IOrganizationService service, Guid teamId)
        {
            var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("systemuserid") };
            query.Criteria.AddCondition("isdisabled", ConditionOperator.Equal, false);
            query.AddOrder("systemuserid", OrderType.Ascending);
            var membership = query.AddLink("teammembership", "systemuserid", "systemuserid");
            membership.LinkCriteria.AddCondition("teamid", ConditionOperator.Equal, teamId);
            return service.RetrieveMultiple(query).Entities.Select(user => user.Id).ToArray();
        }

        // The turn is kept in the data: whoever owns the agreement's most recently handed-over lead had the last one.
        private static Guid? LastAssignee(IOrganizationService service, Guid agreementId, Guid leadId)
        {
            var query = new QueryExpression(LeadSchema.EntityName) { ColumnSet = new ColumnSet("ownerid"), TopCount = 1 };
            query.Criteria.AddCondition(LeadSchema.SlaAgreementId, ConditionOperator.Equal, agreementId);
            query.Criteria.AddCondition(LeadSchema.HandedOverOn, ConditionOperator.NotNull);
            query.Criteria.AddCondition(LeadSchema.Id, ConditionOperator.NotEqual, leadId);
            query.AddOrder(LeadSchema.HandedOverOn, OrderType.Descending);
            return service.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<EntityReference>("ownerid")?.Id;
        }
    }
}
