using System;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>Who takes a handed-over lead: the agreement's sales owner, else the next enabled member of its sales team.</summary>
    public static class SalesAssignee
    {
        /// <summary>
        /// The sales owner the agreement names; otherwise the member of its sales team after the one who took the
        /// agreement's last hand-over (lsla_lastassigneeid; the first member when none did or that one left the team),
        /// members in id order, disabled ones skipped: one RetrieveMultiple. The agreement was read with both, so
        /// the turn costs the same however many leads the agreement has handed over. Null when the agreement names
        /// neither or the team has no enabled member: the lead keeps its owner, so no save fails over an agreement
        /// still being set up.
        /// </summary>
        public static Guid? For(IOrganizationService service, SlaAgreement agreement)
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
                ? RoundRobin.NextAfter(EnabledMembers(service, team), agreement.LastAssigneeId)
                : null;
        }

        /// <summary>Whether the agreement hands its leads to its team in turn, rather than to one sales owner.</summary>
        public static bool TakesTurns(SlaAgreement agreement) =>
            agreement != null && agreement.SalesOwnerId == null && agreement.SalesTeamId != null;

        private static Guid[] EnabledMembers(IOrganizationService service, Guid teamId)
        {
            var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("systemuserid") };
            query.Criteria.AddCondition("isdisabled", ConditionOperator.Equal, false);
            query.AddOrder("systemuserid", OrderType.Ascending);
            var membership = query.AddLink("teammembership", "systemuserid", "systemuserid");
            membership.LinkCriteria.AddCondition("teamid", ConditionOperator.Equal, teamId);
            return service.RetrieveMultiple(query).Entities.Select(user => user.Id).ToArray();
        }
    }
}
