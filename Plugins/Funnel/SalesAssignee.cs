using System;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>Who takes a handed-over lead: the agreement's sales owner, else the next enabled member of its sales team.</summary>
    public static class SalesAssignee
    {
        /// <summary>
        /// The sales owner named by the agreement (no request); otherwise the team member after the one who took
        /// the agreement's last hand-over (two RetrieveMultiple). Refused when the agreement names neither or the
        /// team has no enabled member.
        /// </summary>
        public static EntityReference For(IOrganizationService service, Agreement agreement, Guid leadId)
        {
            if (agreement.SalesOwner is EntityReference owner)
            {
                return new EntityReference("systemuser", owner.Id);
            }

            var team = agreement.SalesTeam ?? throw new InvalidPluginExecutionException(
                $"The lead cannot be handed over: the SLA agreement '{agreement.Title}' names neither a sales owner (lsla_salesownerid) nor a sales team (lsla_salesteamid). Ask an administrator to set one of them.");
            var members = EnabledMembers(service, team.Id);
            var next = RoundRobin.NextAfter(members, LastAssignee(service, agreement.Id, leadId))
                ?? throw new InvalidPluginExecutionException(
                    $"The lead cannot be handed over: the sales team '{team.Name ?? team.Id.ToString()}' of the SLA agreement '{agreement.Title}' has no enabled member. Ask an administrator to add a member, or to name a sales owner on the agreement.");
            return new EntityReference("systemuser", next);
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
