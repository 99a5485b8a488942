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
        /// The sales owner named by the agreement (one Retrieve); otherwise the team member after the one who took
        /// the agreement's last hand-over (two RetrieveMultiple more). When the agreement names neither or the team
        /// has no enabled member, a user's hand-over is refused; the system's gets null (the lead keeps its owner),
        /// so scoring does not fail a marketing save over an agreement that is still being set up.
        /// </summary>
        public static EntityReference? For(IOrganizationService service, Guid agreementId, Guid leadId, bool bySystem)
        {
            var agreement = service.Retrieve(SlaAgreementSchema.EntityName, agreementId, new ColumnSet(SlaAgreementSchema.Name, SlaAgreementSchema.SalesOwnerId, SlaAgreementSchema.SalesTeamId));
            var title = agreement.GetAttributeValue<string>(SlaAgreementSchema.Name);
            if (agreement.GetAttributeValue<EntityReference>(SlaAgreementSchema.SalesOwnerId) is EntityReference owner)
            {
                return new EntityReference("systemuser", owner.Id);
            }

            var team = agreement.GetAttributeValue<EntityReference>(SlaAgreementSchema.SalesTeamId);
            if (team == null)
            {
                return bySystem ? null : throw new InvalidPluginExecutionException(
                    $"The lead cannot be handed over: the SLA agreement '{title}' names neither a sales owner (lsla_salesownerid) nor a sales team (lsla_salesteamid). Ask an administrator to set one of them.");
            }

            if (RoundRobin.NextAfter(EnabledMembers(service, team.Id), LastAssignee(service, agreementId, leadId)) is Guid next)
            {
                return new EntityReference("systemuser", next);
            }

            return bySystem ? null : throw new InvalidPluginExecutionException(
                $"The lead cannot be handed over: the sales team of the SLA agreement '{title}' has no enabled member. Ask an administrator to add a member to the team, or to name a sales owner on the agreement.");
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
